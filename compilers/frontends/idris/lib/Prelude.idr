-- The Prelude of this Idris subset: the names Idris 2's Prelude exports that the subset covers,
-- written in the subset itself. Functions marked in lower.py (plus, mult, natToInteger, ...) run as
-- Engine arithmetic once Nat is an integer; their clauses here give their meaning in types.

data Equal : {0 a : Type} -> {0 b : Type} -> a -> b -> Type where
  Refl : {0 a : Type} -> {0 x : a} -> Equal x x

data Void : Type where

data Unit = MkUnit

data Bool = False | True

data Nat = Z | S Nat

data List a = Nil | (::) a (List a)

data Maybe a = Nothing | Just a

data Either a b = Left a | Right b

data Pair a b = MkPair a b

data Ordering = LT | EQ | GT

data Prec = Open | App

-- Primitives (the Engine's integers; a String is a list of characters at run time)
prim__add_Integer : Integer -> Integer -> Integer
prim__sub_Integer : Integer -> Integer -> Integer
prim__mul_Integer : Integer -> Integer -> Integer
prim__div_Integer : Integer -> Integer -> Integer
prim__mod_Integer : Integer -> Integer -> Integer
prim__eq_Integer : Integer -> Integer -> Bool
prim__lt_Integer : Integer -> Integer -> Bool
prim__lte_Integer : Integer -> Integer -> Bool
prim__eq_Char : Char -> Char -> Bool
prim__lt_Char : Char -> Char -> Bool
prim__ord : Char -> Integer
prim__chr : Integer -> Char
prim__unpack : String -> List Char
prim__pack : List Char -> String
prim__pure : a -> IO a
prim__bind : IO a -> (a -> IO b) -> IO b
prim__putChar : Char -> IO ()
prim__getChar : IO Integer
prim__crash : String -> a

-- Equality
sym : (0 rule : x = y) -> y = x
sym Refl = Refl

trans : (0 l : a = b) -> (0 r : b = c) -> a = c
trans Refl Refl = Refl

cong : (0 f : t -> u) -> (0 p : a = b) -> f a = f b
cong f Refl = Refl

replace : {0 p : a -> Type} -> (0 rule : x = y) -> p x -> p y
replace Refl prf = prf

absurd : Void -> a
absurd v impossible

the : (0 a : Type) -> a -> a
the _ x = x

id : a -> a
id x = x

const : a -> b -> a
const x _ = x

(.) : (b -> c) -> (a -> b) -> a -> c
(.) f g x = f (g x)

($) : (a -> b) -> a -> b
($) f x = f x

flip : (a -> b -> c) -> b -> a -> c
flip f x y = f y x

ifThenElse : {0 a : Type} -> Bool -> a -> a -> a
ifThenElse True t e = t
ifThenElse False t e = e

not : Bool -> Bool
not True = False
not False = True

(&&) : Bool -> Bool -> Bool
(&&) True x = x
(&&) False _ = False

(||) : Bool -> Bool -> Bool
(||) True _ = True
(||) False x = x

fst : Pair a b -> a
fst (MkPair x _) = x

snd : Pair a b -> b
snd (MkPair _ y) = y

-- Nat
plus : Nat -> Nat -> Nat
plus Z m = m
plus (S k) m = S (plus k m)

mult : Nat -> Nat -> Nat
mult Z m = Z
mult (S k) m = plus m (mult k m)

minus : Nat -> Nat -> Nat
minus Z _ = Z
minus m Z = m
minus (S k) (S j) = minus k j

pred : Nat -> Nat
pred Z = Z
pred (S k) = k

natToInteger : Nat -> Integer
natToInteger Z = 0
natToInteger (S k) = prim__add_Integer 1 (natToInteger k)

integerToNat : Integer -> Nat
integerToNat n = if prim__lte_Integer n 0 then Z else S (integerToNat (prim__sub_Integer n 1))

eqNat : Nat -> Nat -> Bool
eqNat Z Z = True
eqNat (S k) (S j) = eqNat k j
eqNat _ _ = False

lteNat : Nat -> Nat -> Bool
lteNat Z _ = True
lteNat (S k) Z = False
lteNat (S k) (S j) = lteNat k j

-- Interfaces
interface Eq a where
  (==) : a -> a -> Bool
  (/=) : a -> a -> Bool
  x == y = not (x /= y)
  x /= y = not (x == y)

interface Eq a => Ord a where
  compare : a -> a -> Ordering
  (<) : a -> a -> Bool
  (>) : a -> a -> Bool
  (<=) : a -> a -> Bool
  (>=) : a -> a -> Bool
  max : a -> a -> a
  min : a -> a -> a
  compare x y = if x < y then LT else if y < x then GT else EQ
  x < y = isLT (compare x y)
  x > y = isLT (compare y x)
  x <= y = not (isLT (compare y x))
  x >= y = not (isLT (compare x y))
  max x y = if x < y then y else x
  min x y = if y < x then y else x

isLT : Ordering -> Bool
isLT LT = True
isLT _ = False

interface Num a where
  (+) : a -> a -> a
  (*) : a -> a -> a
  fromInteger : Integer -> a

interface Neg a where
  negate : a -> a
  (-) : a -> a -> a

interface Integral a where
  div : a -> a -> a
  mod : a -> a -> a

interface Show a where
  show : a -> String
  showPrec : Prec -> a -> String
  show x = showPrec Open x
  showPrec _ x = show x

implementation Eq Integer where
  x == y = prim__eq_Integer x y
  x /= y = not (prim__eq_Integer x y)

implementation Ord Integer where
  compare x y = if prim__lt_Integer x y then LT else if prim__eq_Integer x y then EQ else GT
  x < y = prim__lt_Integer x y
  x > y = prim__lt_Integer y x
  x <= y = prim__lte_Integer x y
  x >= y = prim__lte_Integer y x

implementation Num Integer where
  x + y = prim__add_Integer x y
  x * y = prim__mul_Integer x y
  fromInteger x = x

implementation Neg Integer where
  negate x = prim__sub_Integer 0 x
  x - y = prim__sub_Integer x y

implementation Integral Integer where
  div x y = prim__div_Integer x y
  mod x y = prim__mod_Integer x y

implementation Eq Nat where
  x == y = eqNat x y
  x /= y = not (eqNat x y)

implementation Ord Nat where
  compare x y = if lteNat x y then (if eqNat x y then EQ else LT) else GT
  x < y = lteNat (S x) y
  x > y = lteNat (S y) x
  x <= y = lteNat x y
  x >= y = lteNat y x

implementation Num Nat where
  x + y = plus x y
  x * y = mult x y
  fromInteger x = integerToNat x

implementation Eq Bool where
  True == True = True
  False == False = True
  _ == _ = False

implementation Eq Char where
  x == y = prim__eq_Char x y

implementation Ord Char where
  compare x y = if prim__lt_Char x y then LT else if prim__eq_Char x y then EQ else GT


implementation Eq Ordering where
  LT == LT = True
  EQ == EQ = True
  GT == GT = True
  _ == _ = False

implementation Eq a => Eq (List a) where
  [] == [] = True
  (x :: xs) == (y :: ys) = x == y && xs == ys
  _ == _ = False

implementation Eq a => Eq (Maybe a) where
  Nothing == Nothing = True
  Just x == Just y = x == y
  _ == _ = False

implementation Eq String where
  x == y = prim__unpack x == prim__unpack y

-- Lists
length : List a -> Nat
length [] = Z
length (_ :: xs) = S (length xs)

listAppend : List a -> List a -> List a
listAppend [] ys = ys
listAppend (x :: xs) ys = x :: listAppend xs ys

%alias ++ listAppend

listMap : (a -> b) -> List a -> List b
listMap f [] = []
listMap f (x :: xs) = f x :: listMap f xs

filter : (a -> Bool) -> List a -> List a
filter p [] = []
filter p (x :: xs) = if p x then x :: filter p xs else filter p xs

foldr : (a -> b -> b) -> b -> List a -> b
foldr f z [] = z
foldr f z (x :: xs) = f x (foldr f z xs)

foldl : (b -> a -> b) -> b -> List a -> b
foldl f z [] = z
foldl f z (x :: xs) = foldl f (f z x) xs

reverseOnto : List a -> List a -> List a
reverseOnto acc [] = acc
reverseOnto acc (x :: xs) = reverseOnto (x :: acc) xs

reverse : List a -> List a
reverse xs = reverseOnto [] xs

sum : Num a => List a -> a
sum xs = foldl (+) (fromInteger 0) xs

product : Num a => List a -> a
product xs = foldl (*) (fromInteger 1) xs

replicate : Nat -> a -> List a
replicate Z _ = []
replicate (S k) x = x :: replicate k x

take : Nat -> List a -> List a
take Z _ = []
take (S k) [] = []
take (S k) (x :: xs) = x :: take k xs

drop : Nat -> List a -> List a
drop Z xs = xs
drop (S k) [] = []
drop (S k) (_ :: xs) = drop k xs

head' : List a -> Maybe a
head' [] = Nothing
head' (x :: _) = Just x

tail' : List a -> Maybe (List a)
tail' [] = Nothing
tail' (_ :: xs) = Just xs

zip : List a -> List b -> List (Pair a b)
zip [] _ = []
zip _ [] = []
zip (x :: xs) (y :: ys) = MkPair x y :: zip xs ys

elem : Eq a => a -> List a -> Bool
elem x [] = False
elem x (y :: ys) = x == y || elem x ys

maybe : b -> (a -> b) -> Maybe a -> b
maybe n f Nothing = n
maybe n f (Just x) = f x

fromMaybe : a -> Maybe a -> a
fromMaybe d Nothing = d
fromMaybe d (Just x) = x

-- Strings
pack : List Char -> String
pack cs = prim__pack cs

unpack : String -> List Char
unpack s = prim__unpack s

strAppend : String -> String -> String
strAppend x y = prim__pack (listAppend (prim__unpack x) (prim__unpack y))

%alias ++ strAppend

strLength : String -> Nat
strLength s = length (prim__unpack s)

ord : Char -> Integer
ord c = prim__ord c

chr : Integer -> Char
chr n = prim__chr n

-- Show
showParens : Bool -> String -> String
showParens False s = s
showParens True s = "(" ++ s ++ ")"

isApp : Prec -> Bool
isApp App = True
isApp Open = False

showCon : Prec -> String -> String -> String
showCon d con args = showParens (isApp d) (con ++ args)

showArg : Show a => a -> String
showArg x = " " ++ showPrec App x

digitsOf : Integer -> List Char -> List Char
digitsOf n acc =
  if prim__lt_Integer n 10
    then prim__chr (prim__add_Integer n 48) :: acc
    else digitsOf (prim__div_Integer n 10) (prim__chr (prim__add_Integer (prim__mod_Integer n 10) 48) :: acc)

showInteger : Integer -> String
showInteger n =
  if prim__lt_Integer n 0
    then prim__pack ('-' :: digitsOf (prim__sub_Integer 0 n) [])
    else prim__pack (digitsOf n [])

escapeChar : Char -> List Char -> List Char
escapeChar c rest =
  if prim__eq_Char c '"' then '\\' :: '"' :: rest
  else if prim__eq_Char c '\\' then '\\' :: '\\' :: rest
  else if prim__eq_Char c '\n' then '\\' :: 'n' :: rest
  else if prim__eq_Char c '\t' then '\\' :: 't' :: rest
  else if prim__eq_Char c '\r' then '\\' :: 'r' :: rest
  else c :: rest

escapeChars : List Char -> List Char
escapeChars [] = []
escapeChars (c :: cs) = escapeChar c (escapeChars cs)

implementation Show Integer where
  show n = showInteger n
  showPrec d n = if isApp d && prim__lt_Integer n 0 then "(" ++ showInteger n ++ ")" else showInteger n

implementation Show Nat where
  show n = showInteger (natToInteger n)
  showPrec _ n = showInteger (natToInteger n)

implementation Show Bool where
  show True = "True"
  show False = "False"

implementation Show String where
  show s = prim__pack ('"' :: listAppend (escapeChars (prim__unpack s)) ['"'])

implementation Show Char where
  show c = prim__pack ('\'' :: listAppend (if prim__eq_Char c '\'' then ['\\', '\''] else escapeChar c []) ['\''])

implementation Show Unit where
  show _ = "()"

implementation Show Ordering where
  show LT = "LT"
  show EQ = "EQ"
  show GT = "GT"

showItems : Show a => List a -> String
showItems [] = ""
showItems [x] = show x
showItems (x :: xs) = show x ++ ", " ++ showItems xs

implementation Show a => Show (List a) where
  show xs = "[" ++ showItems xs ++ "]"

implementation Show a => Show (Maybe a) where
  showPrec d Nothing = "Nothing"
  showPrec d (Just x) = showCon d "Just" (showArg x)

implementation (Show a, Show b) => Show (Either a b) where
  showPrec d (Left x) = showCon d "Left" (showArg x)
  showPrec d (Right x) = showCon d "Right" (showArg x)

implementation (Show a, Show b) => Show (Pair a b) where
  show (MkPair x y) = "(" ++ show x ++ ", " ++ show y ++ ")"

-- IO
pure : a -> IO a
pure x = prim__pure x

(>>=) : IO a -> (a -> IO b) -> IO b
(>>=) m k = prim__bind m k

(>>) : IO a -> IO b -> IO b
(>>) m k = prim__bind m (\_ => k)

putChars : List Char -> IO ()
putChars [] = prim__pure ()
putChars (c :: cs) = prim__bind (prim__putChar c) (\_ => putChars cs)

putStr : String -> IO ()
putStr s = putChars (prim__unpack s)

putStrLn : String -> IO ()
putStrLn s = putChars (listAppend (prim__unpack s) ['\n'])

putChar : Char -> IO ()
putChar c = prim__putChar c

printLn : Show a => a -> IO ()
printLn x = putStrLn (show x)

print : Show a => a -> IO ()
print x = putStr (show x)

readLine : List Char -> IO String
readLine acc = prim__bind prim__getChar (\c =>
  if prim__lt_Integer c 0 then prim__pure (prim__pack (reverse acc))
  else if prim__eq_Integer c 10 then prim__pure (prim__pack (reverse acc))
  else readLine (prim__chr c :: acc))

getLine : IO String
getLine = readLine []

-- Ranges, more lists and strings
integerRange : Integer -> Integer -> List Integer
integerRange a b = if prim__lt_Integer b a then [] else a :: integerRange (prim__add_Integer a 1) b

%alias rangeFromTo integerRange

natRange : Nat -> Nat -> List Nat
natRange a b = if lteNat a b then a :: natRange (S a) b else []

%alias rangeFromTo natRange

%alias length strLength

zipWith : (a -> b -> c) -> List a -> List b -> List c
zipWith f (x :: xs) (y :: ys) = f x y :: zipWith f xs ys
zipWith f _ _ = []

maybeMap : (a -> b) -> Maybe a -> Maybe b
maybeMap f Nothing = Nothing
maybeMap f (Just x) = Just (f x)

interface Functor (f : Type -> Type) where
  map : (a -> b) -> f a -> f b

implementation Functor List where
  map g xs = listMap g xs

implementation Functor Maybe where
  map g m = maybeMap g m

(<$>) : Functor f => (a -> b) -> f a -> f b
(<$>) g x = map g x

implementation Ord a => Ord (List a) where
  compare [] [] = EQ
  compare [] (_ :: _) = LT
  compare (_ :: _) [] = GT
  compare (x :: xs) (y :: ys) = case compare x y of
    EQ => compare xs ys
    o => o

implementation Ord String where
  compare x y = compare (prim__unpack x) (prim__unpack y)

implementation (Eq a, Eq b) => Eq (Pair a b) where
  MkPair a b == MkPair c d = a == c && b == d

strCons : Char -> String -> String
strCons c s = prim__pack (c :: prim__unpack s)

singleton : Char -> String
singleton c = prim__pack [c]

concat : List String -> String
concat [] = ""
concat (s :: ss) = s ++ concat ss

unwords : List String -> String
unwords [] = ""
unwords [w] = w
unwords (w :: ws) = w ++ " " ++ unwords ws

unlines : List String -> String
unlines [] = ""
unlines (l :: ls) = l ++ "\n" ++ unlines ls

-- Casts (one function a pair of types: `cast` is chosen by the types)
castIntegerNat : Integer -> Nat
castIntegerNat n = integerToNat n

castNatInteger : Nat -> Integer
castNatInteger n = natToInteger n

digitValue : Char -> Integer
digitValue c = prim__sub_Integer (prim__ord c) 48

parseDigits : Integer -> List Char -> Integer
parseDigits acc [] = acc
parseDigits acc (c :: cs) =
  if prim__lte_Integer 48 (prim__ord c) && prim__lte_Integer (prim__ord c) 57
    then parseDigits (prim__add_Integer (prim__mul_Integer acc 10) (digitValue c)) cs
    else 0

parseInteger : List Char -> Integer
parseInteger [] = 0
parseInteger (c :: cs) = if prim__eq_Char c '-' then prim__sub_Integer 0 (parseDigits 0 cs) else parseDigits 0 (c :: cs)

trimSpaces : List Char -> List Char
trimSpaces [] = []
trimSpaces (c :: cs) = if prim__eq_Char c ' ' then trimSpaces cs else c :: cs

castStringInteger : String -> Integer
castStringInteger s = parseInteger (reverse (trimSpaces (reverse (trimSpaces (prim__unpack s)))))

castStringNat : String -> Nat
castStringNat s = integerToNat (castStringInteger s)

castIntegerString : String -> String
castIntegerString s = s

castCharInteger : Char -> Integer
castCharInteger c = prim__ord c

%alias cast castIntegerNat
%alias cast castNatInteger
%alias cast castStringInteger
%alias cast castStringNat
%alias cast castCharInteger

-- IO helpers
when : Bool -> IO () -> IO ()
when True a = a
when False _ = prim__pure ()

traverse_ : (a -> IO b) -> List a -> IO ()
traverse_ f [] = prim__pure ()
traverse_ f (x :: xs) = prim__bind (f x) (\_ => traverse_ f xs)

for_ : List a -> (a -> IO b) -> IO ()
for_ xs f = traverse_ f xs

-- Totality escape hatches (Idris 2's Builtin)
assert_total : a -> a
assert_total x = x

assert_smaller : a -> b -> b
assert_smaller _ y = y

-- Decidability
data Dec : Type -> Type where
  Yes : (prf : prop) -> Dec prop
  No : (contra : prop -> Void) -> Dec prop

void : Void -> a
void v impossible

Not : Type -> Type
Not a = a -> Void

interface Uninhabited t where
  uninhabited : t -> Void

-- Dependent pairs: (x ** P x)
data DPair : (a : Type) -> (a -> Type) -> Type where
  MkDPair : {0 p : a -> Type} -> (x : a) -> p x -> DPair a p

showDPair : {0 a : Type} -> {0 p : a -> Type} -> (a -> String) -> ((x : a) -> p x -> String) -> DPair a p -> String
showDPair sa sp (MkDPair x y) = "(" ++ sa x ++ " ** " ++ sp x y ++ ")"
