-- The Prelude of the Haskell subset, with Data.List, Data.Char, Data.Maybe and Data.Map, written in
-- Haskell over a few primitives (program.py: PRIMITIVES). Compiled with every program; only what a
-- program reaches is kept. Names starting dm' are Data.Map's (imported as Data.Map.name), ds' Data.Set's, da' Data.Array's.

infixr 9 .
infixl 9 !!
infixr 8 ^
infixl 7 *, `quot`, `rem`, `div`, `mod`
infixl 6 +, -
infixr 5 ++
infix 4 ==, /=, <, <=, >=, >, `elem`, `notElem`
infixl 4 <$>, <$, <*>, *>, <*
infixr 3 &&
infixr 2 ||
infixl 1 >>, >>=
infixr 1 =<<
infixr 0 $, $!, `seq`

data Ordering = LT | EQ | GT
data Maybe a = Nothing | Just a
data Either a b = Left a | Right b
-- An IO action takes the world and gives its result with the world after it. The world is the character
-- isEOF read ahead to see whether there is one (its code plus 1), or 0 when none is waiting: the next
-- read takes that character first, as GHC's buffered stdin keeps it; -1 after getContents, whose
-- handle is then semi-closed (closed at the end of the input) for every other read.
data R' a = R' a Int
newtype IO a = IO (Int -> R' a)

type String = [Char]
type ShowS = String -> String

type ReadS a = String -> [(a, String)]

-- ---------------------------------------------------------------- classes

class Eq a where
  (==) :: a -> a -> Bool
  (/=) :: a -> a -> Bool
  x /= y = not (x == y)
  x == y = not (x /= y)

class Eq a => Ord a where
  compare :: a -> a -> Ordering
  (<) :: a -> a -> Bool
  (<=) :: a -> a -> Bool
  (>) :: a -> a -> Bool
  (>=) :: a -> a -> Bool
  max :: a -> a -> a
  min :: a -> a -> a
  compare x y = if x == y then EQ else if x <= y then LT else GT
  x < y = case compare x y of { LT -> True; _ -> False }
  x <= y = case compare x y of { GT -> False; _ -> True }
  x > y = case compare x y of { GT -> True; _ -> False }
  x >= y = case compare x y of { LT -> False; _ -> True }
  max x y = if x <= y then y else x
  min x y = if x <= y then x else y

class Show a where
  showsPrec :: Int -> a -> ShowS
  show :: a -> String
  showList :: [a] -> ShowS
  showsPrec _ x s = show x ++ s
  show x = showsPrec 0 x ""
  showList ls s = showListWith shows ls s

class Num a where
  (+) :: a -> a -> a
  (-) :: a -> a -> a
  (*) :: a -> a -> a
  negate :: a -> a
  abs :: a -> a
  signum :: a -> a
  fromInteger :: Integer -> a
  x - y = x + negate y
  negate x = fromInteger 0 - x

class Enum a where
  succ :: a -> a
  pred :: a -> a
  toEnum :: Int -> a
  fromEnum :: a -> Int
  enumFrom :: a -> [a]
  enumFromThen :: a -> a -> [a]
  enumFromTo :: a -> a -> [a]
  enumFromThenTo :: a -> a -> a -> [a]
  succ x = toEnum (fromEnum x + 1)
  pred x = toEnum (fromEnum x - 1)
  enumFrom x = map toEnum (enumFrom (fromEnum x))
  enumFromThen x y = map toEnum (enumFromThen (fromEnum x) (fromEnum y))
  enumFromTo x y = map toEnum (enumFromTo (fromEnum x) (fromEnum y))
  enumFromThenTo x y z = map toEnum (enumFromThenTo (fromEnum x) (fromEnum y) (fromEnum z))

class (Num a, Ord a, Enum a) => Integral a where
  quot :: a -> a -> a
  rem :: a -> a -> a
  div :: a -> a -> a
  mod :: a -> a -> a
  quotRem :: a -> a -> (a, a)
  divMod :: a -> a -> (a, a)
  toInteger :: a -> Integer
  quotRem x y = (quot x y, rem x y)
  divMod x y = (div x y, mod x y)

class Bounded a where
  minBound :: a
  maxBound :: a

class Functor f where
  fmap :: (a -> b) -> f a -> f b
  (<$) :: a -> f b -> f a
  x <$ m = fmap (const x) m

class Functor f => Applicative f where
  pure :: a -> f a
  (<*>) :: f (a -> b) -> f a -> f b
  (*>) :: f a -> f b -> f b
  (<*) :: f a -> f b -> f a
  a *> b = fmap (const id) a <*> b
  a <* b = fmap const a <*> b

class Applicative m => Monad m where
  (>>=) :: m a -> (a -> m b) -> m b
  (>>) :: m a -> m b -> m b
  return :: a -> m a
  m >> k = m >>= \_ -> k
  return x = pure x

-- A do statement whose pattern may fail calls fail with GHC's message (check.py's desugar_do).
class Monad m => MonadFail m where
  fail :: String -> m a

class Read a where
  readsPrec :: Int -> String -> [(a, String)]
  readList :: String -> [([a], String)]
  readList s = readParens (\t -> [r | u <- readToken "[" t, r <- readListItems u]) s

-- Semigroup and Monoid, which GHC's Prelude exports since base 4.11: (<>) joins lists and strings,
-- Ordering's chains comparisons (comparing fst <> comparing snd, through the instance for functions).
infixr 6 <>

class Semigroup a where
  (<>) :: a -> a -> a

class Semigroup a => Monoid a where
  mempty :: a
  mappend :: a -> a -> a
  mconcat :: [a] -> a
  mappend x y = x <> y
  mconcat xs = foldr mappend mempty xs

instance Semigroup [a] where
  xs <> ys = xs ++ ys

instance Monoid [a] where
  mempty = []

instance Semigroup Ordering where
  LT <> _ = LT
  EQ <> y = y
  GT <> _ = GT

instance Monoid Ordering where
  mempty = EQ

instance Semigroup a => Semigroup (Maybe a) where
  Nothing <> b = b
  a <> Nothing = a
  Just a <> Just b = Just (a <> b)

instance Semigroup a => Monoid (Maybe a) where
  mempty = Nothing

instance Semigroup () where
  _ <> _ = ()

instance Monoid () where
  mempty = ()

instance (Semigroup a, Semigroup b) => Semigroup (a, b) where
  (a, b) <> (c, d) = (a <> c, b <> d)

instance (Monoid a, Monoid b) => Monoid (a, b) where
  mempty = (mempty, mempty)

instance Semigroup b => Semigroup (a -> b) where
  f <> g = \x -> f x <> g x

instance Monoid b => Monoid (a -> b) where
  mempty = \_ -> mempty

-- Data.Monoid's wrappers: each a newtype whose Show is GHC's derived one of a record (Sum {getSum = 3}).
newtype Sum a = Sum a deriving (Eq, Ord)
newtype Product a = Product a deriving (Eq, Ord)
newtype All = All Bool deriving (Eq, Ord)
newtype Any = Any Bool deriving (Eq, Ord)
newtype First a = First (Maybe a) deriving (Eq, Ord)
newtype Last a = Last (Maybe a) deriving (Eq, Ord)
newtype Dual a = Dual a deriving (Eq, Ord)
newtype Endo a = Endo (a -> a)

getSum :: Sum a -> a
getSum (Sum x) = x

getProduct :: Product a -> a
getProduct (Product x) = x

getAll :: All -> Bool
getAll (All x) = x

getAny :: Any -> Bool
getAny (Any x) = x

getFirst :: First a -> Maybe a
getFirst (First x) = x

getLast :: Last a -> Maybe a
getLast (Last x) = x

getDual :: Dual a -> a
getDual (Dual x) = x

appEndo :: Endo a -> a -> a
appEndo (Endo f) = f

showRecord' :: Show a => String -> String -> Int -> a -> ShowS
showRecord' con field d x = showParen (d >= 11) (showString con . showString " {" . showString field . showString " = " . showsPrec 0 x . showChar '}')

instance Show a => Show (Sum a) where
  showsPrec d (Sum x) = showRecord' "Sum" "getSum" d x

instance Show a => Show (Product a) where
  showsPrec d (Product x) = showRecord' "Product" "getProduct" d x

instance Show All where
  showsPrec d (All x) = showRecord' "All" "getAll" d x

instance Show Any where
  showsPrec d (Any x) = showRecord' "Any" "getAny" d x

instance Show a => Show (First a) where
  showsPrec d (First x) = showRecord' "First" "getFirst" d x

instance Show a => Show (Last a) where
  showsPrec d (Last x) = showRecord' "Last" "getLast" d x

instance Show a => Show (Dual a) where
  showsPrec d (Dual x) = showRecord' "Dual" "getDual" d x

instance Num a => Semigroup (Sum a) where
  Sum a <> Sum b = Sum (a + b)

instance Num a => Monoid (Sum a) where
  mempty = Sum 0

instance Num a => Semigroup (Product a) where
  Product a <> Product b = Product (a * b)

instance Num a => Monoid (Product a) where
  mempty = Product 1

instance Semigroup All where
  All a <> All b = All (a && b)

instance Monoid All where
  mempty = All True

instance Semigroup Any where
  Any a <> Any b = Any (a || b)

instance Monoid Any where
  mempty = Any False

instance Semigroup (First a) where
  First Nothing <> b = b
  a <> _ = a

instance Monoid (First a) where
  mempty = First Nothing

instance Semigroup (Last a) where
  a <> Last Nothing = a
  _ <> b = b

instance Monoid (Last a) where
  mempty = Last Nothing

instance Semigroup a => Semigroup (Dual a) where
  Dual a <> Dual b = Dual (b <> a)

instance Monoid a => Monoid (Dual a) where
  mempty = Dual mempty

instance Semigroup (Endo a) where
  Endo f <> Endo g = Endo (\x -> f (g x))

instance Monoid (Endo a) where
  mempty = Endo (\x -> x)

-- Data.Semigroup's Max and Min (with Data.Monoid's wrappers, which it exports too).
newtype Max a = Max a deriving (Eq, Ord)
newtype Min a = Min a deriving (Eq, Ord)

getMax :: Max a -> a
getMax (Max x) = x

getMin :: Min a -> a
getMin (Min x) = x

instance Show a => Show (Max a) where
  showsPrec d (Max x) = showRecord' "Max" "getMax" d x

instance Show a => Show (Min a) where
  showsPrec d (Min x) = showRecord' "Min" "getMin" d x

instance Ord a => Semigroup (Max a) where
  Max a <> Max b = Max (max a b)

instance (Ord a, Bounded a) => Monoid (Max a) where
  mempty = Max minBound

instance Ord a => Semigroup (Min a) where
  Min a <> Min b = Min (min a b)

instance (Ord a, Bounded a) => Monoid (Min a) where
  mempty = Min maxBound

instance Functor Max where
  fmap f (Max x) = Max (f x)

instance Functor Min where
  fmap f (Min x) = Min (f x)

-- System.Environment's: a program on the Engine has no command line; its name is the one the reference's
-- build gives its executable.
getArgs :: IO [String]
getArgs = return []

getProgName :: IO String
getProgName = return "program"

-- ---------------------------------------------------------------- Bool, Ordering, ()

otherwise :: Bool
otherwise = True

not :: Bool -> Bool
not True = False
not False = True

(&&) :: Bool -> Bool -> Bool
True && x = x
False && _ = False

(||) :: Bool -> Bool -> Bool
True || _ = True
False || x = x

instance Eq Bool where
  True == True = True
  False == False = True
  _ == _ = False

instance Ord Bool where
  compare a b = compare (fromEnum a) (fromEnum b)

instance Show Bool where
  showsPrec _ True = showString "True"
  showsPrec _ False = showString "False"

instance Enum Bool where
  fromEnum False = 0
  fromEnum True = 1
  toEnum n = if n == 0 then False else if n == 1 then True else error "Prelude.Enum.Bool.toEnum: bad argument"
  succ False = True
  succ True = errorWithoutStackTrace "Prelude.Enum.Bool.succ: bad argument"
  pred True = False
  pred False = errorWithoutStackTrace "Prelude.Enum.Bool.pred: bad argument"
  enumFrom x = enumFromTo x True

instance Bounded Bool where
  minBound = False
  maxBound = True

instance Eq Ordering where
  a == b = fromEnum a == fromEnum b

instance Ord Ordering where
  compare a b = compare (fromEnum a) (fromEnum b)

instance Show Ordering where
  showsPrec _ LT = showString "LT"
  showsPrec _ EQ = showString "EQ"
  showsPrec _ GT = showString "GT"

instance Enum Ordering where
  fromEnum LT = 0
  fromEnum EQ = 1
  fromEnum GT = 2
  toEnum 0 = LT
  toEnum 1 = EQ
  toEnum 2 = GT
  toEnum _ = error "Prelude.Enum.Ordering.toEnum: bad argument"
  succ LT = EQ
  succ EQ = GT
  succ GT = errorWithoutStackTrace "Prelude.Enum.Ordering.succ: bad argument"
  pred GT = EQ
  pred EQ = LT
  pred LT = errorWithoutStackTrace "Prelude.Enum.Ordering.pred: bad argument"
  enumFrom x = enumFromTo x GT

instance Eq () where
  _ == _ = True

instance Ord () where
  compare _ _ = EQ

instance Show () where
  showsPrec _ _ = showString "()"

-- ---------------------------------------------------------------- Integer and Int

instance Eq Integer where
  x == y = primIntegerEq x y
  x /= y = primIntegerNe x y

instance Ord Integer where
  x < y = primIntegerLt x y
  x <= y = primIntegerLe x y
  x > y = primIntegerGt x y
  x >= y = primIntegerGe x y
  compare x y = if primIntegerLt x y then LT else if primIntegerEq x y then EQ else GT

instance Num Integer where
  x + y = primIntegerAdd x y
  x - y = primIntegerSub x y
  x * y = primIntegerMul x y
  negate x = primIntegerNeg x
  abs x = if primIntegerLt x 0 then primIntegerNeg x else x
  signum x = if primIntegerLt x 0 then -1 else if primIntegerEq x 0 then 0 else 1
  fromInteger x = x

instance Integral Integer where
  quot x y = primIntegerQuot x y
  rem x y = primIntegerRem x y
  div x y = integerDiv x y
  mod x y = integerMod x y
  toInteger x = x

integerDiv :: Integer -> Integer -> Integer
integerDiv x y = if primIntegerGe x 0 then (if primIntegerGt y 0 then primIntegerQuot x y else integerDivSlow x y) else integerDivSlow x y

integerDivSlow :: Integer -> Integer -> Integer
integerDivSlow x y =
  let q = primIntegerQuot x y
      r = primIntegerRem x y
  in if primIntegerEq r 0 then q
     else if primIntegerLt r 0 then (if primIntegerLt y 0 then q else primIntegerSub q 1)
     else if primIntegerLt y 0 then primIntegerSub q 1 else q

integerMod :: Integer -> Integer -> Integer
integerMod x y = if primIntegerGe x 0 then (if primIntegerGt y 0 then primIntegerRem x y else integerModSlow x y) else integerModSlow x y

integerModSlow :: Integer -> Integer -> Integer
integerModSlow x y =
  let r = primIntegerRem x y
  in if primIntegerEq r 0 then r
     else if primIntegerLt r 0 then (if primIntegerLt y 0 then r else primIntegerAdd r y)
     else if primIntegerLt y 0 then primIntegerAdd r y else r

intDiv :: Int -> Int -> Int
intDiv x y = if primIntGe x 0 then (if primIntGt y 0 then primIntQuot x y else intDivSlow x y) else intDivSlow x y

intDivSlow :: Int -> Int -> Int
intDivSlow x y =
  let q = primIntQuot x y
      r = primIntRem x y
  in if primIntEq r 0 then q
     else if primIntLt r 0 then (if primIntLt y 0 then q else primIntSub q 1)
     else if primIntLt y 0 then primIntSub q 1 else q

intMod :: Int -> Int -> Int
intMod x y = if primIntGe x 0 then (if primIntGt y 0 then primIntRem x y else intModSlow x y) else intModSlow x y

intModSlow :: Int -> Int -> Int
intModSlow x y =
  let r = primIntRem x y
  in if primIntEq r 0 then r
     else if primIntLt r 0 then (if primIntLt y 0 then r else primIntAdd r y)
     else if primIntLt y 0 then primIntAdd r y else r

divZeroError :: a
divZeroError = errorWithoutStackTrace "divide by zero"

instance Enum Integer where
  succ x = x + 1
  pred x = x - 1
  toEnum n = primIntToInteger n
  fromEnum n = wrapInt (primIntegerToInt n)
  enumFrom x = x : enumFrom (x + 1)
  enumFromTo x y = if x > y then [] else x : enumFromTo (x + 1) y
  enumFromThen x y = x : enumFromThen y (y + y - x)
  enumFromThenTo x y z = integerFromThenTo x (y - x) z

integerFromThenTo :: Integer -> Integer -> Integer -> [Integer]
integerFromThenTo x d z
  | d >= 0 = if x > z then [] else x : integerFromThenTo (x + d) d z
  | otherwise = if x < z then [] else x : integerFromThenTo (x + d) d z

instance Show Integer where
  showsPrec d n r = if n < 0 && d > 6 then '(' : showInteger n (')' : r) else showInteger n r

showInteger :: Integer -> String -> String
showInteger n r
  | n < 0 = '-' : showPositive (negate n) r
  | otherwise = showPositive n r

showPositive :: Integer -> String -> String
showPositive n r =
  let q = primIntegerQuot n 10
      c = primChr (primIntegerToInt (primIntegerAdd (primIntegerRem n 10) 48))
  in if primIntegerEq q 0 then c : r else showPositive q (c : r)

wrapInt :: Int -> Int
wrapInt x =
  if primIntLe x 9223372036854775807 then (if primIntGe x (-9223372036854775808) then x else wrapAround x)
  else wrapAround x

wrapAround :: Int -> Int
wrapAround x = primIntSub (primIntRem (primIntAdd (primIntRem (primIntAdd x 9223372036854775808) 18446744073709551616) 18446744073709551616) 18446744073709551616) 9223372036854775808

instance Eq Int where
  x == y = primIntEq x y
  x /= y = primIntNe x y

instance Ord Int where
  x < y = primIntLt x y
  x <= y = primIntLe x y
  x > y = primIntGt x y
  x >= y = primIntGe x y
  compare x y = if primIntLt x y then LT else if primIntEq x y then EQ else GT

instance Num Int where
  x + y = wrapInt (primIntAdd x y)
  x - y = wrapInt (primIntSub x y)
  x * y = wrapInt (primIntMul x y)
  negate x = wrapInt (primIntNeg x)
  abs x = if primIntLt x 0 then wrapInt (primIntNeg x) else x
  signum x = if primIntLt x 0 then -1 else if primIntEq x 0 then 0 else 1
  fromInteger x = wrapInt (primIntegerToInt x)

-- minBound divided by -1 is GHC's overflowError (its quotRem and divMod pair it with 0); every other
-- quotient of Ints is within range.
instance Integral Int where
  quot x y = if primIntEq y (-1) then intNegate x else primIntQuot x y
  rem x y = primIntRem x y
  div x y = if primIntEq y (-1) then intNegate x else intDiv x y
  mod x y = intMod x y
  quotRem x y = if primIntEq y (-1) then (intNegate x, 0) else (primIntQuot x y, primIntRem x y)
  divMod x y = if primIntEq y (-1) then (intNegate x, 0) else (intDiv x y, intMod x y)
  toInteger x = primIntToInteger x

intNegate :: Int -> Int
intNegate x = if primIntEq x (-9223372036854775808) then errorWithoutStackTrace "arithmetic overflow" else primIntNeg x

instance Enum Int where
  succ x = if primIntEq x 9223372036854775807 then errorWithoutStackTrace "Prelude.Enum.succ{Int}: tried to take `succ' of maxBound" else x + 1
  pred x = if primIntEq x (-9223372036854775808) then errorWithoutStackTrace "Prelude.Enum.pred{Int}: tried to take `pred' of minBound" else x - 1
  toEnum n = n
  fromEnum n = n
  enumFrom x = intFrom x
  enumFromTo x y = intFromTo x y
  enumFromThen x y = intFromThen x (y - x)
  enumFromThenTo x y z = intFromThenTo x (y - x) z

intFrom :: Int -> [Int]
intFrom x = x : (if primIntEq x 9223372036854775807 then [] else intFrom (primIntAdd x 1))

intFromTo :: Int -> Int -> [Int]
intFromTo x y = if primIntGt x y then [] else x : intFromTo (primIntAdd x 1) y

intFromThen :: Int -> Int -> [Int]
intFromThen x d = x : intFromThen (x + d) d

intFromThenTo :: Int -> Int -> Int -> [Int]
intFromThenTo x d z
  | d >= 0 = if x > z then [] else x : intFromThenTo (x + d) d z
  | otherwise = if x < z then [] else x : intFromThenTo (x + d) d z

instance Bounded Int where
  minBound = -9223372036854775808
  maxBound = 9223372036854775807

instance Show Int where
  showsPrec d n r = showsPrec d (primIntToInteger n) r

-- ---------------------------------------------------------------- Char

instance Eq Char where
  x == y = primIntEq (primOrd x) (primOrd y)
  x /= y = primIntNe (primOrd x) (primOrd y)

instance Ord Char where
  compare x y = compare (primOrd x) (primOrd y)
  x < y = primIntLt (primOrd x) (primOrd y)
  x <= y = primIntLe (primOrd x) (primOrd y)
  x > y = primIntGt (primOrd x) (primOrd y)
  x >= y = primIntGe (primOrd x) (primOrd y)

instance Enum Char where
  toEnum n = chr n
  succ c = if primOrd c == 1114111 then errorWithoutStackTrace "Prelude.Enum.Char.succ: bad argument" else primChr (primOrd c + 1)
  pred c = if primOrd c == 0 then errorWithoutStackTrace "Prelude.Enum.Char.pred: bad argument" else primChr (primOrd c - 1)
  fromEnum c = primOrd c
  enumFrom c = enumFromTo c '\1114111'

instance Bounded Char where
  minBound = '\0'
  maxBound = '\1114111'

instance (Bounded a, Bounded b) => Bounded (a, b) where
  minBound = (minBound, minBound)
  maxBound = (maxBound, maxBound)

instance (Bounded a, Bounded b, Bounded c) => Bounded (a, b, c) where
  minBound = (minBound, minBound, minBound)
  maxBound = (maxBound, maxBound, maxBound)

instance Show Char where
  showsPrec _ '\'' = showString "'\\''"
  showsPrec _ c = showChar '\'' . showLitChar c . showChar '\''
  showList cs = showChar '"' . showLitString cs . showChar '"'

showLitString :: String -> ShowS
showLitString [] s = s
showLitString ('"' : cs) s = showString "\\\"" (showLitString cs s)
showLitString (c : cs) s = showLitChar c (protectEsc c (showLitString cs s))

protectEsc :: Char -> String -> String
protectEsc c s
  | primOrd c > 127 && startsDigit s = '\\' : '&' : s
  | c == '\SO' && startsH s = '\\' : '&' : s
  | otherwise = s

startsDigit :: String -> Bool
startsDigit (d : _) = isDigit d
startsDigit [] = False

startsH :: String -> Bool
startsH ('H' : _) = True
startsH _ = False

showLitChar :: Char -> ShowS
showLitChar c s
  | primOrd c > 127 = '\\' : showInteger (primIntToInteger (primOrd c)) s
  | primOrd c == 127 = showString "\\DEL" s
  | c == '\\' = showString "\\\\" s
  | primOrd c >= 32 = c : s
  | c == '\a' = showString "\\a" s
  | c == '\b' = showString "\\b" s
  | c == '\f' = showString "\\f" s
  | c == '\n' = showString "\\n" s
  | c == '\r' = showString "\\r" s
  | c == '\t' = showString "\\t" s
  | c == '\v' = showString "\\v" s
  | otherwise = '\\' : showString (asciiName (primOrd c)) s

asciiName :: Int -> String
asciiName n = asciiNames !! n

asciiNames :: [String]
asciiNames =
  [ "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "a", "b", "t", "n", "v", "f", "r", "SO", "SI"
  , "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US" ]

-- Data.Char
ord :: Char -> Int
ord c = primOrd c

chr :: Int -> Char
chr n = if n < 0 || n > 1114111 then errorWithoutStackTrace ("Prelude.chr: bad argument: " ++ showsPrec 9 n "") else primChr n

isDigit :: Char -> Bool
isDigit c = c >= '0' && c <= '9'

isOctDigit :: Char -> Bool
isOctDigit c = c >= '0' && c <= '7'

isHexDigit :: Char -> Bool
isHexDigit c = isDigit c || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')

isUpper :: Char -> Bool
isUpper c = if c < '\128' then c >= 'A' && c <= 'Z' else isUpperCategory' (charCategory' (primOrd c))

isLower :: Char -> Bool
isLower c = if c < '\128' then c >= 'a' && c <= 'z' else charCategory' (primOrd c) == 1

isAlpha :: Char -> Bool
isAlpha c = if c < '\128' then (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') else charCategory' (primOrd c) <= 4

isLetter :: Char -> Bool
isLetter c = isAlpha c

isAlphaNum :: Char -> Bool
isAlphaNum c = if c < '\128' then isAlpha c || isDigit c else isAlphaNumCategory' (charCategory' (primOrd c))

isSpace :: Char -> Bool
isSpace c
  | c < '\888' = c == ' ' || (c >= '\t' && c <= '\r') || c == '\160'
  | otherwise = c == '\5760' || (c >= '\8192' && c <= '\8202') || c == '\8239' || c == '\8287' || c == '\12288'

isPunctuation :: Char -> Bool
isPunctuation c = if c < '\128' then c `elem` "!\"#%&'()*,-./:;?@[\\]_{}" else isPunctuationCategory' (charCategory' (primOrd c))

isAscii :: Char -> Bool
isAscii c = primOrd c < 128

isControl :: Char -> Bool
isControl c = primOrd c < 32 || (primOrd c >= 127 && primOrd c < 160)

isPrint :: Char -> Bool
isPrint c = if c < '\128' then not (isControl c) else isPrintCategory' (charCategory' (primOrd c))

toUpper :: Char -> Char
toUpper c
  | c < '\128' = if c >= 'a' && c <= 'z' then primChr (primOrd c - 32) else c
  | otherwise = primChr (upperWide' (primOrd c))

toLower :: Char -> Char
toLower c
  | c < '\128' = if c >= 'A' && c <= 'Z' then primChr (primOrd c + 32) else c
  | otherwise = primChr (lowerWide' (primOrd c))

-- Data.Char's classes of a character past ASCII, from its general category: GHC's GeneralCategory's
-- constructor as its position in that type (0 UppercaseLetter, 1 LowercaseLetter, 2 TitlecaseLetter,
-- 3 ModifierLetter, 4 OtherLetter, 5-7 the marks, 8-10 the numbers, 11-17 the punctuation, 18-21 the
-- symbols, 22 Space, 23 LineSeparator, 24 ParagraphSeparator, 25 Control, 26 Format, 27 Surrogate, 28
-- PrivateUse, 29 NotAssigned), as GHC.Unicode defines each class; 30 for a character outside the blocks
-- the table has, which is then only printable.
isUpperCategory' :: Int -> Bool
isUpperCategory' k = k == 0 || k == 2

isAlphaNumCategory' :: Int -> Bool
isAlphaNumCategory' k = k <= 4 || (k >= 8 && k <= 10)

isPunctuationCategory' :: Int -> Bool
isPunctuationCategory' k = k >= 11 && k <= 17

isPrintCategory' :: Int -> Bool
isPrintCategory' k = k <= 22 || k == 30

digitToInt :: Char -> Int
digitToInt c
  | isDigit c = primOrd c - 48
  | c >= 'a' && c <= 'f' = primOrd c - 87
  | c >= 'A' && c <= 'F' = primOrd c - 55
  | otherwise = errorWithoutStackTrace ("Char.digitToInt: not a digit " ++ show c)

intToDigit :: Int -> Char
intToDigit n
  | n >= 0 && n <= 9 = primChr (n + 48)
  | n >= 10 && n <= 15 = primChr (n + 87)
  | otherwise = errorWithoutStackTrace ("Char.intToDigit: not a digit " ++ show n)

-- ---------------------------------------------------------------- Show helpers

shows :: Show a => a -> ShowS
shows x = showsPrec 0 x

showChar :: Char -> ShowS
showChar c s = c : s

showString :: String -> ShowS
showString str s = str ++ s

showParen :: Bool -> ShowS -> ShowS
showParen b p = if b then showChar '(' . p . showChar ')' else p

showListWith :: (a -> ShowS) -> [a] -> ShowS
showListWith _ [] s = "[]" ++ s
showListWith showx (x : xs) s = '[' : showx x (showl xs)
  where
    showl [] = ']' : s
    showl (y : ys) = ',' : showx y (showl ys)

-- ---------------------------------------------------------------- lists

instance Eq a => Eq [a] where
  [] == [] = True
  (x : xs) == (y : ys) = x == y && xs == ys
  _ == _ = False

instance Ord a => Ord [a] where
  compare [] [] = EQ
  compare [] (_ : _) = LT
  compare (_ : _) [] = GT
  compare (x : xs) (y : ys) = case compare x y of
    EQ -> compare xs ys
    other -> other

instance Show a => Show [a] where
  showsPrec _ xs s = showList xs s

instance Functor [] where
  fmap = map

instance Applicative [] where
  pure x = [x]
  fs <*> xs = concatMap (\f -> map f xs) fs

instance Monad [] where
  xs >>= f = concatMap f xs

instance MonadFail [] where
  fail _ = []

map :: (a -> b) -> [a] -> [b]
map _ [] = []
map f (x : xs) = f x : map f xs

(++) :: [a] -> [a] -> [a]
[] ++ ys = ys
(x : xs) ++ ys = x : (xs ++ ys)

filter :: (a -> Bool) -> [a] -> [a]
filter _ [] = []
filter p (x : xs) = if p x then x : filter p xs else filter p xs

head :: [a] -> a
head (x : _) = x
head [] = errorWithoutStackTrace "Prelude.head: empty list"

tail :: [a] -> [a]
tail (_ : xs) = xs
tail [] = errorWithoutStackTrace "Prelude.tail: empty list"

last :: [a] -> a
last [x] = x
last (_ : xs) = last xs
last [] = errorWithoutStackTrace "Prelude.last: empty list"

init :: [a] -> [a]
init [x] = []
init (x : xs) = x : init xs
init [] = errorWithoutStackTrace "Prelude.init: empty list"

null :: [a] -> Bool
null [] = True
null _ = False

length :: [a] -> Int
length xs = lengthAcc xs 0

lengthAcc :: [a] -> Int -> Int
lengthAcc [] n = n
lengthAcc (_ : xs) n = let m = primIntAdd n 1 in m `seq` lengthAcc xs m

(!!) :: [a] -> Int -> a
xs !! n | n < 0 = errorWithoutStackTrace "Prelude.!!: negative index"
[] !! _ = errorWithoutStackTrace "Prelude.!!: index too large"
(x : xs) !! n = if n == 0 then x else xs !! (n - 1)

reverse :: [a] -> [a]
reverse l = rev l []
  where
    rev [] a = a
    rev (x : xs) a = rev xs (x : a)

foldr :: (a -> b -> b) -> b -> [a] -> b
foldr _ z [] = z
foldr f z (x : xs) = f x (foldr f z xs)

foldl :: (b -> a -> b) -> b -> [a] -> b
foldl _ z [] = z
foldl f z (x : xs) = foldl f (f z x) xs

foldl' :: (b -> a -> b) -> b -> [a] -> b
foldl' _ z [] = z
foldl' f z (x : xs) = let z' = f z x in z' `seq` foldl' f z' xs

-- Data.Foldable's: from the right, each step's result evaluated before the next (GHC's foldr' of a list).
foldr' :: (a -> b -> b) -> b -> [a] -> b
foldr' f z xs = foldl' (\acc x -> f x acc) z (reverse xs)

foldr1 :: (a -> a -> a) -> [a] -> a
foldr1 _ [x] = x
foldr1 f (x : xs) = f x (foldr1 f xs)
foldr1 _ [] = errorWithoutStackTrace "Prelude.foldr1: empty list"

foldl1 :: (a -> a -> a) -> [a] -> a
foldl1 f (x : xs) = foldl f x xs
foldl1 _ [] = errorWithoutStackTrace "Prelude.foldl1: empty list"

sum :: Num a => [a] -> a
sum xs = foldl' (+) (fromInteger 0) xs

product :: Num a => [a] -> a
product xs = foldl' (*) (fromInteger 1) xs

maximum :: Ord a => [a] -> a
maximum [] = errorWithoutStackTrace "Prelude.maximum: empty list"
maximum (x : xs) = foldl' max x xs

minimum :: Ord a => [a] -> a
minimum [] = errorWithoutStackTrace "Prelude.minimum: empty list"
minimum (x : xs) = foldl' min x xs

concat :: [[a]] -> [a]
concat xss = foldr (++) [] xss

concatMap :: (a -> [b]) -> [a] -> [b]
concatMap f xs = foldr (\x r -> f x ++ r) [] xs

and :: [Bool] -> Bool
and xs = foldr (&&) True xs

or :: [Bool] -> Bool
or xs = foldr (||) False xs

-- any, all and elem are loops of their own (not `or (map p xs)`), so that at a known predicate or
-- dictionary each is a loop of the test, with no list between.
any :: (a -> Bool) -> [a] -> Bool
any _ [] = False
any p (x : xs) = p x || any p xs

all :: (a -> Bool) -> [a] -> Bool
all _ [] = True
all p (x : xs) = p x && all p xs

elem :: Eq a => a -> [a] -> Bool
elem _ [] = False
elem x (y : ys) = y == x || elem x ys

notElem :: Eq a => a -> [a] -> Bool
notElem x xs = not (elem x xs)

lookup :: Eq a => a -> [(a, b)] -> Maybe b
lookup _ [] = Nothing
lookup k ((a, b) : rest) = if k == a then Just b else lookup k rest

take :: Int -> [a] -> [a]
take n xs = if n <= 0 then [] else case xs of
  [] -> []
  (y : ys) -> y : take (n - 1) ys

drop :: Int -> [a] -> [a]
drop n xs = if n <= 0 then xs else case xs of
  [] -> []
  (_ : ys) -> drop (n - 1) ys

splitAt :: Int -> [a] -> ([a], [a])
splitAt n xs = (take n xs, drop n xs)

takeWhile :: (a -> Bool) -> [a] -> [a]
takeWhile _ [] = []
takeWhile p (x : xs) = if p x then x : takeWhile p xs else []

dropWhile :: (a -> Bool) -> [a] -> [a]
dropWhile _ [] = []
dropWhile p (x : xs) = if p x then dropWhile p xs else x : xs

span :: (a -> Bool) -> [a] -> ([a], [a])
span _ [] = ([], [])
span p (x : xs) = if p x then (let (ys, zs) = span p xs in (x : ys, zs)) else ([], x : xs)

break :: (a -> Bool) -> [a] -> ([a], [a])
break p xs = span (not . p) xs

zip :: [a] -> [b] -> [(a, b)]
zip (a : as) (b : bs) = (a, b) : zip as bs
zip _ _ = []

zip3 :: [a] -> [b] -> [c] -> [(a, b, c)]
zip3 (a : as) (b : bs) (c : cs) = (a, b, c) : zip3 as bs cs
zip3 _ _ _ = []

zipWith :: (a -> b -> c) -> [a] -> [b] -> [c]
zipWith f (a : as) (b : bs) = f a b : zipWith f as bs
zipWith _ _ _ = []

zipWith3 :: (a -> b -> c -> d) -> [a] -> [b] -> [c] -> [d]
zipWith3 f (a : as) (b : bs) (c : cs) = f a b c : zipWith3 f as bs cs
zipWith3 _ _ _ _ = []

unzip :: [(a, b)] -> ([a], [b])
unzip xs = (map fst xs, map snd xs)

unzip3 :: [(a, b, c)] -> ([a], [b], [c])
unzip3 xs = (map (\(a, _, _) -> a) xs, map (\(_, b, _) -> b) xs, map (\(_, _, c) -> c) xs)

-- Data.List's
zip4 :: [a] -> [b] -> [c] -> [d] -> [(a, b, c, d)]
zip4 (a : as) (b : bs) (c : cs) (d : ds) = (a, b, c, d) : zip4 as bs cs ds
zip4 _ _ _ _ = []

zipWith4 :: (a -> b -> c -> d -> e) -> [a] -> [b] -> [c] -> [d] -> [e]
zipWith4 f (a : as) (b : bs) (c : cs) (d : ds) = f a b c d : zipWith4 f as bs cs ds
zipWith4 _ _ _ _ _ = []

unzip4 :: [(a, b, c, d)] -> ([a], [b], [c], [d])
unzip4 xs = (map (\(a, _, _, _) -> a) xs, map (\(_, b, _, _) -> b) xs, map (\(_, _, c, _) -> c) xs, map (\(_, _, _, d) -> d) xs)

replicate :: Int -> a -> [a]
replicate n x = take n (repeat x)

iterate :: (a -> a) -> a -> [a]
iterate f x = x : iterate f (f x)

repeat :: a -> [a]
repeat x = let xs = x : xs in xs

cycle :: [a] -> [a]
cycle [] = errorWithoutStackTrace "Prelude.cycle: empty list"
cycle xs = let ys = xs ++ ys in ys

lines :: String -> [String]
lines "" = []
lines s = let (l, s') = break (== '\n') s in l : (case s' of
  [] -> []
  (_ : s'') -> lines s'')

unlines :: [String] -> String
unlines ls = concatMap (\l -> l ++ "\n") ls

words :: String -> [String]
words s = case dropWhile isSpace s of
  "" -> []
  s' -> let (w, s'') = break isSpace s' in w : words s''

unwords :: [String] -> String
unwords [] = ""
unwords ws = foldr1 (\w s -> w ++ ' ' : s) ws

-- Data.List
sum' :: Num a => [a] -> a
sum' = sum

sort :: Ord a => [a] -> [a]
sort xs = sortBy compare xs

sortOn :: Ord b => (a -> b) -> [a] -> [a]
sortOn f xs = map snd (sortBy (\a b -> compare (fst a) (fst b)) (map (\x -> let y = f x in y `seq` (y, x)) xs))

sortBy :: (a -> a -> Ordering) -> [a] -> [a]
sortBy cmp xs = mergeAll (sequences xs)
  where
    sequences (a : b : xs')
      | a `cmp` b == GT = descending b [a] xs'
      | otherwise = ascending b (\ys -> a : ys) xs'
    sequences xs' = [xs']
    descending a as (b : bs)
      | a `cmp` b == GT = descending b (a : as) bs
    descending a as bs = (a : as) : sequences bs
    ascending a as (b : bs)
      | a `cmp` b /= GT = ascending b (\ys -> as (a : ys)) bs
    ascending a as bs = let x = as [a] in x `seq` (x : sequences bs)
    mergeAll [x] = x
    mergeAll xs' = mergeAll (mergePairs xs')
    mergePairs (a : b : xs') = let x = merge a b in x `seq` (x : mergePairs xs')
    mergePairs xs' = xs'
    merge as@(a : as') bs@(b : bs')
      | a `cmp` b == GT = b : merge as bs'
      | otherwise = a : merge as' bs
    merge [] bs = bs
    merge as [] = as

insert :: Ord a => a -> [a] -> [a]
insert x xs = insertBy compare x xs

insertBy :: (a -> a -> Ordering) -> a -> [a] -> [a]
insertBy _ x [] = [x]
insertBy cmp x (y : ys) = case cmp x y of
  GT -> y : insertBy cmp x ys
  _ -> x : y : ys

nub :: Eq a => [a] -> [a]
nub l = go l []
  where
    go [] _ = []
    go (x : xs) seen = if x `elem` seen then go xs seen else x : go xs (x : seen)

nubBy :: (a -> a -> Bool) -> [a] -> [a]
nubBy eq l = go l []
  where
    go [] _ = []
    go (x : xs) seen = if any (eq x) seen then go xs seen else x : go xs (x : seen)

group :: Eq a => [a] -> [[a]]
group xs = groupBy (==) xs

groupBy :: (a -> a -> Bool) -> [a] -> [[a]]
groupBy _ [] = []
groupBy eq (x : xs) = let (ys, zs) = span (eq x) xs in (x : ys) : groupBy eq zs

partition :: (a -> Bool) -> [a] -> ([a], [a])
partition p xs = (filter p xs, filter (not . p) xs)

intercalate :: [a] -> [[a]] -> [a]
intercalate sep xss = concat (intersperse sep xss)

intersperse :: a -> [a] -> [a]
intersperse _ [] = []
intersperse sep (x : xs) = x : go xs
  where
    go [] = []
    go (y : ys) = sep : y : go ys

isPrefixOf :: Eq a => [a] -> [a] -> Bool
isPrefixOf [] _ = True
isPrefixOf _ [] = False
isPrefixOf (x : xs) (y : ys) = x == y && isPrefixOf xs ys

isSuffixOf :: Eq a => [a] -> [a] -> Bool
isSuffixOf a b = reverse a `isPrefixOf` reverse b

isInfixOf :: Eq a => [a] -> [a] -> Bool
isInfixOf needle haystack = any (isPrefixOf needle) (tails haystack)

tails :: [a] -> [[a]]
tails [] = [[]]
tails xs@(_ : rest) = xs : tails rest

inits :: [a] -> [[a]]
inits [] = [[]]
inits (x : xs) = [] : map (x :) (inits xs)

transpose :: [[a]] -> [[a]]
transpose [] = []
transpose ([] : xss) = transpose xss
transpose ((x : xs) : xss) = (x : [h | (h : _) <- xss]) : transpose (xs : [t | (_ : t) <- xss])

subsequences :: [a] -> [[a]]
subsequences xs = [] : nonEmptySubsequences xs

nonEmptySubsequences :: [a] -> [[a]]
nonEmptySubsequences [] = []
nonEmptySubsequences (x : xs) = [x] : foldr f [] (nonEmptySubsequences xs)
  where
    f ys r = ys : (x : ys) : r

permutations :: [a] -> [[a]]
permutations xs0 = xs0 : perms xs0 []
  where
    perms [] _ = []
    perms (t : ts) is' = foldr interleave (perms ts (t : is')) (permutations is')
      where
        interleave xs r = let (_, zs) = interleave' id xs r in zs
        interleave' _ [] r = (ts, r)
        interleave' f (y : ys) r = let (us, zs) = interleave' (f . (y :)) ys r
                                   in (y : us, f (t : y : us) : zs)

-- Data.Ord
comparing :: Ord b => (a -> b) -> a -> a -> Ordering
comparing f x y = compare (f x) (f y)

-- Down reverses an order (sortOn Down, comparing (Down . snd)); shown as GHC 9.0 shows it, `Down 3`.
newtype Down a = Down a deriving (Eq, Show)

instance Ord a => Ord (Down a) where
  compare (Down x) (Down y) = compare y x
  Down x < Down y = y < x
  Down x <= Down y = y <= x
  Down x > Down y = y > x
  Down x >= Down y = y >= x

getDown :: Down a -> a
getDown (Down x) = x

maximumBy :: (a -> a -> Ordering) -> [a] -> a
maximumBy _ [] = errorWithoutStackTrace "maximumBy: empty structure"
maximumBy cmp (x : xs) = foldl (\a b -> case cmp a b of { GT -> a; _ -> b }) x xs

minimumBy :: (a -> a -> Ordering) -> [a] -> a
minimumBy _ [] = errorWithoutStackTrace "minimumBy: empty structure"
minimumBy cmp (x : xs) = foldl (\a b -> case cmp a b of { GT -> b; _ -> a }) x xs

delete :: Eq a => a -> [a] -> [a]
delete _ [] = []
delete x (y : ys) = if x == y then ys else y : delete x ys

(\\) :: Eq a => [a] -> [a] -> [a]
xs \\ ys = foldl (flip delete) xs ys

union :: Eq a => [a] -> [a] -> [a]
union xs ys = xs ++ foldl (flip delete) (nub ys) xs

intersect :: Eq a => [a] -> [a] -> [a]
intersect xs ys = [x | x <- xs, x `elem` ys]

find :: (a -> Bool) -> [a] -> Maybe a
find p xs = case filter p xs of
  [] -> Nothing
  (x : _) -> Just x

findIndex :: (a -> Bool) -> [a] -> Maybe Int
findIndex p xs = case [i | (x, i) <- zip xs [0 ..], p x] of
  [] -> Nothing
  (i : _) -> Just i

elemIndex :: Eq a => a -> [a] -> Maybe Int
elemIndex x xs = findIndex (== x) xs

elemIndices :: Eq a => a -> [a] -> [Int]
elemIndices x xs = [i | (y, i) <- zip xs [0 ..], y == x]

stripPrefix :: Eq a => [a] -> [a] -> Maybe [a]
stripPrefix [] ys = Just ys
stripPrefix (x : xs) (y : ys) = if x == y then stripPrefix xs ys else Nothing
stripPrefix _ [] = Nothing

zipWith' :: (a -> b -> c) -> [a] -> [b] -> [c]
zipWith' = zipWith

genericLength :: Num i => [a] -> i
genericLength xs = fromInteger (primIntToInteger (length xs))

scanl :: (b -> a -> b) -> b -> [a] -> [b]
scanl f q ls = q : (case ls of
  [] -> []
  x : xs -> scanl f (f q x) xs)

scanl1 :: (a -> a -> a) -> [a] -> [a]
scanl1 f (x : xs) = scanl f x xs
scanl1 _ [] = []

scanr :: (a -> b -> b) -> b -> [a] -> [b]
scanr _ q0 [] = [q0]
scanr f q0 (x : xs) = case scanr f q0 xs of
  qs@(q : _) -> f x q : qs

scanr1 :: (a -> a -> a) -> [a] -> [a]
scanr1 _ [] = []
scanr1 _ [x] = [x]
scanr1 f (x : xs) = case scanr1 f xs of
  qs@(q : _) -> f x q : qs

-- More of Data.List, as base 4.15 defines them.
dropWhileEnd :: (a -> Bool) -> [a] -> [a]
dropWhileEnd p = foldr (\x xs -> if p x && null xs then [] else x : xs) []

unfoldr :: (b -> Maybe (a, b)) -> b -> [a]
unfoldr f b = case f b of
  Just (a, b') -> a : unfoldr f b'
  Nothing -> []

-- Data.Traversable's mapAccumL and mapAccumR at lists (lower.LIST_TRAVERSABLE).
listMapAccumL' :: (s -> a -> (s, b)) -> s -> [a] -> (s, [b])
listMapAccumL' _ s [] = (s, [])
listMapAccumL' f s (x : xs) = (s'', y : ys)
  where
    (s', y) = f s x
    (s'', ys) = listMapAccumL' f s' xs

listMapAccumR' :: (s -> a -> (s, b)) -> s -> [a] -> (s, [b])
listMapAccumR' _ s [] = (s, [])
listMapAccumR' f s (x : xs) = (s'', y : ys)
  where
    (s'', y) = f s' x
    (s', ys) = listMapAccumR' f s xs

-- At any Traversable, as base's: a traverse in a state applicative, from the left or from the right.
mapAccumL :: Traversable t => (s -> a -> (s, b)) -> s -> t a -> (s, t b)
mapAccumL f s t = runStateL' (traverse (\a -> StateL' (\s' -> f s' a)) t) s

mapAccumR :: Traversable t => (s -> a -> (s, b)) -> s -> t a -> (s, t b)
mapAccumR f s t = runStateR' (traverse (\a -> StateR' (\s' -> f s' a)) t) s

newtype StateL' s a = StateL' (s -> (s, a))
newtype StateR' s a = StateR' (s -> (s, a))

runStateL' :: StateL' s a -> s -> (s, a)
runStateL' (StateL' k) = k

runStateR' :: StateR' s a -> s -> (s, a)
runStateR' (StateR' k) = k

instance Functor (StateL' s) where
  fmap f (StateL' k) = StateL' (\s -> let (s', v) = k s in (s', f v))

instance Applicative (StateL' s) where
  pure x = StateL' (\s -> (s, x))
  StateL' kf <*> StateL' kv = StateL' (\s -> let (s', f) = kf s in let (s'', v) = kv s' in (s'', f v))

instance Functor (StateR' s) where
  fmap f (StateR' k) = StateR' (\s -> let (s', v) = k s in (s', f v))

instance Applicative (StateR' s) where
  pure x = StateR' (\s -> (s, x))
  StateR' kf <*> StateR' kv = StateR' (\s -> let (s', v) = kv s in let (s'', f) = kf s' in (s'', f v))

isSubsequenceOf :: Eq a => [a] -> [a] -> Bool
isSubsequenceOf [] _ = True
isSubsequenceOf _ [] = False
isSubsequenceOf a@(x : a') (y : b)
  | x == y = isSubsequenceOf a' b
  | otherwise = isSubsequenceOf a b

uncons :: [a] -> Maybe (a, [a])
uncons [] = Nothing
uncons (x : xs) = Just (x, xs)

findIndices :: (a -> Bool) -> [a] -> [Int]
findIndices p xs = [i | (x, i) <- zip xs [0 ..], p x]

singleton :: a -> [a]
singleton x = [x]

deleteBy :: (a -> a -> Bool) -> a -> [a] -> [a]
deleteBy _ _ [] = []
deleteBy eq x (y : ys) = if x `eq` y then ys else y : deleteBy eq x ys

deleteFirstsBy :: (a -> a -> Bool) -> [a] -> [a] -> [a]
deleteFirstsBy eq = foldl (flip (deleteBy eq))

unionBy :: (a -> a -> Bool) -> [a] -> [a] -> [a]
unionBy eq xs ys = xs ++ foldl (flip (deleteBy eq)) (nubBy eq ys) xs

intersectBy :: (a -> a -> Bool) -> [a] -> [a] -> [a]
intersectBy _ [] _ = []
intersectBy _ _ [] = []
intersectBy eq xs ys = [x | x <- xs, any (eq x) ys]

foldl1' :: (a -> a -> a) -> [a] -> a
foldl1' f (x : xs) = foldl' f x xs
foldl1' _ [] = errorWithoutStackTrace "Prelude.foldl1': empty list"

scanl' :: (b -> a -> b) -> b -> [a] -> [b]
scanl' f q ls = q `seq` (q : (case ls of
  [] -> []
  x : xs -> scanl' f (f q x) xs))

iterate' :: (a -> a) -> a -> [a]
iterate' f x = let x' = f x in x' `seq` (x : iterate' f x')

genericTake :: Integral i => i -> [a] -> [a]
genericTake n xs = take (fromIntegral n) xs

genericDrop :: Integral i => i -> [a] -> [a]
genericDrop n xs = drop (fromIntegral n) xs

genericReplicate :: Integral i => i -> a -> [a]
genericReplicate n x = replicate (fromIntegral n) x

genericSplitAt :: Integral i => i -> [a] -> ([a], [a])
genericSplitAt n xs = splitAt (fromIntegral n) xs

-- More of Data.Char (like the rest of it here, for ASCII and Latin-1).
isAsciiUpper :: Char -> Bool
isAsciiUpper c = c >= 'A' && c <= 'Z'

isAsciiLower :: Char -> Bool
isAsciiLower c = c >= 'a' && c <= 'z'

isLatin1 :: Char -> Bool
isLatin1 c = primOrd c < 256

isNumber :: Char -> Bool
isNumber c = if c < '\128' then isDigit c else let k = charCategory' (primOrd c) in k >= 8 && k <= 10

isSeparator :: Char -> Bool
isSeparator c = if c < '\128' then c == ' ' else let k = charCategory' (primOrd c) in k >= 22 && k <= 24

isSymbol :: Char -> Bool
isSymbol c = if c < '\128' then c `elem` "$+<=>^`|~" else let k = charCategory' (primOrd c) in k >= 18 && k <= 21

isMark :: Char -> Bool
isMark c = c >= '\128' && (let k = charCategory' (primOrd c) in k >= 5 && k <= 7)

-- GHC 9.0.2's general category (numbered as above), upper case and lower case of a character from U+0080:
-- exactly GHC's in the blocks U+0080-U+058F (Latin-1, Latin Extended-A and -B, IPA, the combining
-- marks, Greek, Cyrillic, Armenian), U+3040-U+30FF (kana), U+4E00-U+9FFF (CJK ideographs) and
-- U+AC00-U+D7A3 (Hangul), and GHC's spaces and separators everywhere; another character is category 30
-- and its own upper and lower case. Made from GHC's answers for every character and checked against
-- them; a search tree of comparisons, as the Engine has no table to index. Each further block costs
-- code in every program that classifies a character past ASCII, so only these are here.
charCategory' :: Int -> Int
charCategory' n =
    if n < 660 then if n < 405 then if n < 192 then if n < 175 then if n < 168 then if n < 162 then if n < 160 then 25
    else if n < 161 then 22
    else 17
    else if n < 166 then 19
    else if n < 167 then 21
    else 17
    else if n < 171 then if n < 169 then 20
    else if n < 170 then 21
    else 4
    else if n < 173 then if n < 172 then 15
    else 18
    else if n < 174 then 26
    else 21
    else if n < 182 then if n < 178 then if n < 176 then 20
    else if n < 177 then 21
    else 18
    else if n < 180 then 10
    else if n < 181 then 20
    else 1
    else if n < 186 then if n < 184 then 17
    else if n < 185 then 20
    else 10
    else if n < 188 then if n < 187 then 4
    else 16
    else if n < 191 then 10
    else 17
    else if n < 380 then if n < 256 then if n < 223 then if n < 215 then 0
    else if n < 216 then 18
    else 0
    else if n < 247 then 1
    else if n < 248 then 18
    else 1
    else if n < 330 then if n < 312 then (if even (n - 256) then 0 else 1)
    else if n < 328 then (if even (n - 312) then 1 else 0)
    else 1
    else if n < 378 then if n < 376 then (if even (n - 330) then 0 else 1)
    else 0
    else if n < 379 then 1
    else 0
    else if n < 390 then if n < 385 then if n < 381 then 1
    else if n < 382 then 0
    else 1
    else if n < 388 then if n < 387 then 0
    else 1
    else if n < 389 then 0
    else 1
    else if n < 396 then if n < 392 then 0
    else if n < 393 then 1
    else 0
    else if n < 402 then if n < 398 then 1
    else 0
    else if n < 403 then 1
    else 0
    else if n < 454 then if n < 430 then if n < 417 then if n < 412 then if n < 406 then 1
    else if n < 409 then 0
    else 1
    else if n < 414 then 0
    else if n < 415 then 1
    else 0
    else if n < 425 then if n < 423 then (if even (n - 417) then 1 else 0)
    else if n < 424 then 0
    else 1
    else if n < 428 then if n < 426 then 0
    else 1
    else if n < 429 then 0
    else 1
    else if n < 441 then if n < 436 then if n < 432 then 0
    else if n < 433 then 1
    else 0
    else if n < 438 then if n < 437 then 1
    else 0
    else if n < 439 then 1
    else 0
    else if n < 445 then if n < 443 then 1
    else if n < 444 then 4
    else 0
    else if n < 452 then if n < 448 then 1
    else 4
    else if n < 453 then 0
    else 2
    else if n < 500 then if n < 460 then if n < 457 then if n < 455 then 1
    else if n < 456 then 0
    else 2
    else if n < 458 then 1
    else if n < 459 then 0
    else 2
    else if n < 496 then if n < 476 then (if even (n - 460) then 1 else 0)
    else if n < 478 then 1
    else (if even (n - 478) then 0 else 1)
    else if n < 498 then if n < 497 then 1
    else 0
    else if n < 499 then 2
    else 1
    else if n < 573 then if n < 505 then if n < 501 then 0
    else if n < 502 then 1
    else 0
    else if n < 570 then if n < 563 then (if even (n - 505) then 1 else 0)
    else 1
    else if n < 572 then 0
    else 1
    else if n < 578 then if n < 575 then 0
    else if n < 577 then 1
    else 0
    else if n < 583 then if n < 579 then 1
    else 0
    else if n < 591 then (if even (n - 583) then 1 else 0)
    else 1
    else if n < 1021 then if n < 896 then if n < 880 then if n < 736 then if n < 706 then if n < 661 then 4
    else if n < 688 then 1
    else 3
    else if n < 710 then 20
    else if n < 722 then 3
    else 20
    else if n < 749 then if n < 741 then 3
    else if n < 748 then 20
    else 3
    else if n < 751 then if n < 750 then 20
    else 3
    else if n < 768 then 20
    else 5
    else if n < 886 then if n < 883 then if n < 881 then 0
    else if n < 882 then 1
    else 0
    else if n < 884 then 1
    else if n < 885 then 3
    else 20
    else if n < 890 then if n < 887 then 0
    else if n < 888 then 1
    else 29
    else if n < 894 then if n < 891 then 3
    else 1
    else if n < 895 then 17
    else 0
    else if n < 940 then if n < 908 then if n < 903 then if n < 900 then 29
    else if n < 902 then 20
    else 0
    else if n < 904 then 17
    else if n < 907 then 0
    else 29
    else if n < 912 then if n < 909 then 0
    else if n < 910 then 29
    else 0
    else if n < 930 then if n < 913 then 1
    else 0
    else if n < 931 then 29
    else 0
    else if n < 1012 then if n < 978 then if n < 975 then 1
    else if n < 976 then 0
    else 1
    else if n < 984 then if n < 981 then 0
    else 1
    else if n < 1008 then (if even (n - 984) then 0 else 1)
    else 1
    else if n < 1015 then if n < 1013 then 0
    else if n < 1014 then 1
    else 18
    else if n < 1017 then if n < 1016 then 0
    else 1
    else if n < 1019 then 0
    else 1
    else if n < 8232 then if n < 1367 then if n < 1162 then if n < 1154 then if n < 1072 then 0
    else if n < 1120 then 1
    else (if even (n - 1120) then 0 else 1)
    else if n < 1155 then 21
    else if n < 1160 then 5
    else 7
    else if n < 1230 then if n < 1216 then (if even (n - 1162) then 0 else 1)
    else if n < 1218 then 0
    else (if even (n - 1218) then 1 else 0)
    else if n < 1328 then if n < 1232 then 1
    else (if even (n - 1232) then 0 else 1)
    else if n < 1329 then 29
    else 0
    else if n < 1421 then if n < 1376 then if n < 1369 then 29
    else if n < 1370 then 3
    else 17
    else if n < 1418 then if n < 1417 then 1
    else 17
    else if n < 1419 then 12
    else 29
    else if n < 5760 then if n < 1423 then 21
    else if n < 1424 then 19
    else 30
    else if n < 8192 then if n < 5761 then 22
    else 30
    else if n < 8203 then 22
    else 30
    else if n < 12443 then if n < 8288 then if n < 8239 then if n < 8233 then 23
    else if n < 8234 then 24
    else 30
    else if n < 8240 then 22
    else if n < 8287 then 30
    else 22
    else if n < 12352 then if n < 12288 then 30
    else if n < 12289 then 22
    else 30
    else if n < 12439 then if n < 12353 then 29
    else 4
    else if n < 12441 then 29
    else 5
    else if n < 12543 then if n < 12448 then if n < 12445 then 20
    else if n < 12447 then 3
    else 4
    else if n < 12539 then if n < 12449 then 12
    else 4
    else if n < 12540 then 17
    else 3
    else if n < 40944 then if n < 12544 then 4
    else if n < 19968 then 30
    else 4
    else if n < 44032 then if n < 40960 then 29
    else 30
    else if n < 55204 then 4
    else 30

upperWide' :: Int -> Int
upperWide' n =
    if n < 602 then if n < 439 then if n < 390 then if n < 306 then if n < 248 then if n < 182 then if n < 181 then n
    else (n + 743)
    else if n < 224 then n
    else if n < 247 then (n - 32)
    else n
    else if n < 257 then if n < 255 then (n - 32)
    else if n < 256 then (n + 121)
    else n
    else if n < 304 then (if even (n - 257) then n - 1 else n)
    else if n < 305 then n
    else (n - 232)
    else if n < 376 then if n < 314 then if n < 307 then n
    else if n < 312 then (if even (n - 307) then n - 1 else n)
    else n
    else if n < 329 then (if even (n - 314) then n - 1 else n)
    else if n < 331 then n
    else (if even (n - 331) then n - 1 else n)
    else if n < 384 then if n < 378 then n
    else if n < 383 then (if even (n - 378) then n - 1 else n)
    else (n - 300)
    else if n < 385 then (n + 195)
    else if n < 387 then n
    else (if even (n - 387) then n - 1 else n)
    else if n < 411 then if n < 402 then if n < 393 then if n < 392 then n
    else (n - 1)
    else if n < 396 then n
    else if n < 397 then (n - 1)
    else n
    else if n < 406 then if n < 403 then (n - 1)
    else if n < 405 then n
    else (n + 97)
    else if n < 409 then n
    else if n < 410 then (n - 1)
    else (n + 163)
    else if n < 425 then if n < 417 then if n < 414 then n
    else if n < 415 then (n + 130)
    else n
    else if n < 422 then (if even (n - 417) then n - 1 else n)
    else if n < 424 then n
    else (n - 1)
    else if n < 432 then if n < 429 then n
    else if n < 430 then (n - 1)
    else n
    else if n < 433 then (n - 1)
    else if n < 436 then n
    else (if even (n - 436) then n - 1 else n)
    else if n < 500 then if n < 457 then if n < 447 then if n < 442 then if n < 441 then n
    else (n - 1)
    else if n < 445 then n
    else if n < 446 then (n - 1)
    else n
    else if n < 454 then if n < 448 then (n + 56)
    else if n < 453 then n
    else (n - 1)
    else if n < 455 then (n - 2)
    else if n < 456 then n
    else (n - 1)
    else if n < 477 then if n < 460 then if n < 458 then (n - 2)
    else if n < 459 then n
    else (n - 1)
    else if n < 461 then (n - 2)
    else if n < 462 then n
    else (if even (n - 462) then n - 1 else n)
    else if n < 496 then if n < 478 then (n - 79)
    else if n < 479 then n
    else (if even (n - 479) then n - 1 else n)
    else if n < 498 then n
    else if n < 499 then (n - 1)
    else (n - 2)
    else if n < 578 then if n < 547 then if n < 502 then if n < 501 then n
    else (n - 1)
    else if n < 505 then n
    else if n < 544 then (if even (n - 505) then n - 1 else n)
    else n
    else if n < 573 then if n < 564 then (if even (n - 547) then n - 1 else n)
    else if n < 572 then n
    else (n - 1)
    else if n < 575 then n
    else if n < 577 then (n + 10815)
    else n
    else if n < 595 then if n < 592 then if n < 579 then (n - 1)
    else if n < 583 then n
    else (if even (n - 583) then n - 1 else n)
    else if n < 593 then (n + 10783)
    else if n < 594 then (n + 10780)
    else (n + 10782)
    else if n < 598 then if n < 596 then (n - 210)
    else if n < 597 then (n - 206)
    else n
    else if n < 600 then (n - 205)
    else if n < 601 then n
    else (n - 202)
    else if n < 884 then if n < 629 then if n < 615 then if n < 609 then if n < 604 then if n < 603 then n
    else (n - 203)
    else if n < 605 then (n + 42319)
    else if n < 608 then n
    else (n - 205)
    else if n < 612 then if n < 610 then (n + 42315)
    else if n < 611 then n
    else (n - 207)
    else if n < 613 then n
    else if n < 614 then (n + 42280)
    else (n + 42308)
    else if n < 621 then if n < 618 then if n < 616 then n
    else if n < 617 then (n - 209)
    else (n - 211)
    else if n < 619 then (n + 42308)
    else if n < 620 then (n + 10743)
    else (n + 42305)
    else if n < 625 then if n < 623 then n
    else if n < 624 then (n - 211)
    else n
    else if n < 626 then (n + 10749)
    else if n < 627 then (n - 213)
    else n
    else if n < 649 then if n < 641 then if n < 637 then if n < 630 then (n - 214)
    else n
    else if n < 638 then (n + 10727)
    else if n < 640 then n
    else (n - 218)
    else if n < 644 then if n < 642 then n
    else if n < 643 then (n + 42307)
    else (n - 218)
    else if n < 647 then n
    else if n < 648 then (n + 42282)
    else (n - 218)
    else if n < 669 then if n < 653 then if n < 650 then (n - 69)
    else if n < 652 then (n - 217)
    else (n - 71)
    else if n < 658 then n
    else if n < 659 then (n - 219)
    else n
    else if n < 837 then if n < 670 then (n + 42261)
    else if n < 671 then (n + 42258)
    else n
    else if n < 838 then (n + 84)
    else if n < 881 then n
    else (if even (n - 881) then n - 1 else n)
    else if n < 1009 then if n < 972 then if n < 940 then if n < 888 then if n < 887 then n
    else (n - 1)
    else if n < 891 then n
    else if n < 894 then (n + 130)
    else n
    else if n < 945 then if n < 941 then (n - 38)
    else if n < 944 then (n - 37)
    else n
    else if n < 962 then (n - 32)
    else if n < 963 then (n - 31)
    else (n - 32)
    else if n < 981 then if n < 976 then if n < 973 then (n - 64)
    else if n < 975 then (n - 63)
    else n
    else if n < 977 then (n - 62)
    else if n < 978 then (n - 57)
    else n
    else if n < 984 then if n < 982 then (n - 47)
    else if n < 983 then (n - 54)
    else (n - 8)
    else if n < 985 then n
    else if n < 1008 then (if even (n - 985) then n - 1 else n)
    else (n - 86)
    else if n < 1120 then if n < 1016 then if n < 1012 then if n < 1010 then (n - 80)
    else if n < 1011 then (n + 7)
    else (n - 116)
    else if n < 1013 then n
    else if n < 1014 then (n - 96)
    else n
    else if n < 1020 then if n < 1017 then (n - 1)
    else if n < 1019 then n
    else (n - 1)
    else if n < 1072 then n
    else if n < 1104 then (n - 32)
    else (n - 80)
    else if n < 1231 then if n < 1163 then if n < 1121 then n
    else if n < 1154 then (if even (n - 1121) then n - 1 else n)
    else n
    else if n < 1216 then (if even (n - 1163) then n - 1 else n)
    else if n < 1218 then n
    else (if even (n - 1218) then n - 1 else n)
    else if n < 1328 then if n < 1232 then (n - 15)
    else if n < 1233 then n
    else (if even (n - 1233) then n - 1 else n)
    else if n < 1377 then n
    else if n < 1415 then (n - 48)
    else n

lowerWide' :: Int -> Int
lowerWide' n =
    if n < 476 then if n < 406 then if n < 382 then if n < 305 then if n < 223 then if n < 215 then if n < 192 then n
    else (n + 32)
    else if n < 216 then n
    else (n + 32)
    else if n < 303 then if n < 256 then n
    else (if even (n - 256) then n + 1 else n)
    else if n < 304 then n
    else (n - 199)
    else if n < 328 then if n < 311 then if n < 306 then n
    else (if even (n - 306) then n + 1 else n)
    else if n < 313 then n
    else (if even (n - 313) then n + 1 else n)
    else if n < 375 then if n < 330 then n
    else (if even (n - 330) then n + 1 else n)
    else if n < 376 then n
    else if n < 377 then (n - 121)
    else (if even (n - 377) then n + 1 else n)
    else if n < 396 then if n < 390 then if n < 386 then if n < 385 then n
    else (n + 210)
    else if n < 389 then (if even (n - 386) then n + 1 else n)
    else n
    else if n < 392 then if n < 391 then (n + 206)
    else (n + 1)
    else if n < 393 then n
    else if n < 395 then (n + 205)
    else (n + 1)
    else if n < 401 then if n < 399 then if n < 398 then n
    else (n + 79)
    else if n < 400 then (n + 202)
    else (n + 203)
    else if n < 403 then if n < 402 then (n + 1)
    else n
    else if n < 404 then (n + 205)
    else if n < 405 then (n + 207)
    else n
    else if n < 431 then if n < 421 then if n < 412 then if n < 408 then if n < 407 then (n + 211)
    else (n + 209)
    else if n < 409 then (n + 1)
    else n
    else if n < 414 then if n < 413 then (n + 211)
    else (n + 213)
    else if n < 415 then n
    else if n < 416 then (n + 214)
    else (if even (n - 416) then n + 1 else n)
    else if n < 425 then if n < 423 then if n < 422 then n
    else (n + 218)
    else if n < 424 then (n + 1)
    else n
    else if n < 428 then if n < 426 then (n + 218)
    else n
    else if n < 429 then (n + 1)
    else if n < 430 then n
    else (n + 218)
    else if n < 445 then if n < 438 then if n < 433 then if n < 432 then (n + 1)
    else n
    else if n < 435 then (n + 217)
    else (if even (n - 435) then n + 1 else n)
    else if n < 440 then if n < 439 then n
    else (n + 219)
    else if n < 441 then (n + 1)
    else if n < 444 then n
    else (n + 1)
    else if n < 455 then if n < 453 then if n < 452 then n
    else (n + 2)
    else if n < 454 then (n + 1)
    else n
    else if n < 457 then if n < 456 then (n + 2)
    else (n + 1)
    else if n < 458 then n
    else if n < 459 then (n + 2)
    else (if even (n - 459) then n + 1 else n)
    else if n < 904 then if n < 573 then if n < 504 then if n < 498 then if n < 495 then if n < 478 then n
    else (if even (n - 478) then n + 1 else n)
    else if n < 497 then n
    else (n + 2)
    else if n < 502 then if n < 501 then (if even (n - 498) then n + 1 else n)
    else n
    else if n < 503 then (n - 97)
    else (n - 56)
    else if n < 546 then if n < 544 then if n < 543 then (if even (n - 504) then n + 1 else n)
    else n
    else if n < 545 then (n - 130)
    else n
    else if n < 570 then if n < 563 then (if even (n - 546) then n + 1 else n)
    else n
    else if n < 571 then (n + 10795)
    else if n < 572 then (n + 1)
    else n
    else if n < 591 then if n < 578 then if n < 575 then if n < 574 then (n - 163)
    else (n + 10792)
    else if n < 577 then n
    else (n + 1)
    else if n < 580 then if n < 579 then n
    else (n - 195)
    else if n < 581 then (n + 69)
    else if n < 582 then (n + 71)
    else (if even (n - 582) then n + 1 else n)
    else if n < 887 then if n < 883 then if n < 880 then n
    else (if even (n - 880) then n + 1 else n)
    else if n < 886 then n
    else (n + 1)
    else if n < 896 then if n < 895 then n
    else (n + 116)
    else if n < 902 then n
    else if n < 903 then (n + 38)
    else n
    else if n < 1017 then if n < 940 then if n < 910 then if n < 908 then if n < 907 then (n + 37)
    else n
    else if n < 909 then (n + 64)
    else n
    else if n < 913 then if n < 912 then (n + 63)
    else n
    else if n < 930 then (n + 32)
    else if n < 931 then n
    else (n + 32)
    else if n < 1007 then if n < 976 then if n < 975 then n
    else (n + 8)
    else if n < 984 then n
    else (if even (n - 984) then n + 1 else n)
    else if n < 1013 then if n < 1012 then n
    else (n - 60)
    else if n < 1015 then n
    else if n < 1016 then (n + 1)
    else n
    else if n < 1162 then if n < 1024 then if n < 1019 then if n < 1018 then (n - 7)
    else (n + 1)
    else if n < 1021 then n
    else (n - 130)
    else if n < 1072 then if n < 1040 then (n + 80)
    else (n + 32)
    else if n < 1120 then n
    else if n < 1153 then (if even (n - 1120) then n + 1 else n)
    else n
    else if n < 1230 then if n < 1216 then if n < 1215 then (if even (n - 1162) then n + 1 else n)
    else n
    else if n < 1217 then (n + 15)
    else (if even (n - 1217) then n + 1 else n)
    else if n < 1327 then if n < 1232 then n
    else (if even (n - 1232) then n + 1 else n)
    else if n < 1329 then n
    else if n < 1367 then (n + 48)
    else n

-- ---------------------------------------------------------------- tuples, functions

fst :: (a, b) -> a
fst (x, _) = x

snd :: (a, b) -> b
snd (_, y) = y

curry :: ((a, b) -> c) -> a -> b -> c
curry f x y = f (x, y)

uncurry :: (a -> b -> c) -> (a, b) -> c
uncurry f p = f (fst p) (snd p)

id :: a -> a
id x = x

const :: a -> b -> a
const x _ = x

flip :: (a -> b -> c) -> b -> a -> c
flip f x y = f y x

(.) :: (b -> c) -> (a -> b) -> a -> c
(.) f g = \x -> f (g x)

($) :: (a -> b) -> a -> b
f $ x = f x

($!) :: (a -> b) -> a -> b
f $! x = x `seq` f x

until :: (a -> Bool) -> (a -> a) -> a -> a
until p f x = if p x then x else until p f (f x)

asTypeOf :: a -> a -> a
asTypeOf x _ = x

undefined :: a
undefined = errorWithoutStackTrace "Prelude.undefined"

error :: [Char] -> a
error s = primError s

errorWithoutStackTrace :: [Char] -> a
errorWithoutStackTrace s = primError s

-- error and undefined where the program calls them (lower.py passes the call site, FILE:LINE:COL):
-- GHC 9.0.2's message with its call stack.
errorCalledAt :: [Char] -> [Char] -> a
errorCalledAt site s = primError (s ++ "\nCallStack (from HasCallStack):\n  error, called at " ++ site ++ " in main:Main")

undefinedCalledAt :: [Char] -> a
undefinedCalledAt site = primError ("Prelude.undefined\nCallStack (from HasCallStack):\n  error, called at libraries/base/GHC/Err.hs:75:14 in base:GHC.Err\n  undefined, called at " ++ site ++ " in main:Main")

-- A failed match of the program: GHC's message (with its source span) and the empty line GHC writes.
patternMatchFail :: [Char] -> a
patternMatchFail s = primError (s ++ "\n")

-- The message of a run-time error on standard error (each character after the Engine's mark), as GHC's
-- runtime writes it; primError then stops the run.
putErr :: String -> Int
putErr s = errLoop ("prog: " ++ s ++ "\n")

errLoop :: String -> Int
errLoop [] = 0
errLoop (c : cs) = primPutChar '\US' `seq` (primPutChar c `seq` errLoop cs)

-- Debug.Trace: the message and a newline on standard error when the value is evaluated, as GHC's.
trace :: String -> a -> a
trace msg x = errLoop (msg ++ "\n") `seq` x

traceId :: String -> String
traceId s = trace s s

traceShow :: Show a => a -> b -> b
traceShow v x = trace (show v) x

traceShowId :: Show a => a -> a
traceShowId v = trace (show v) v

traceM :: Applicative f => String -> f ()
traceM msg = trace msg (pure ())

traceShowM :: (Show a, Applicative f) => a -> f ()
traceShowM v = traceM (show v)

instance (Eq a, Eq b) => Eq (a, b) where
  (a, b) == (c, d) = a == c && b == d

instance (Ord a, Ord b) => Ord (a, b) where
  compare (a, b) (c, d) = case compare a c of
    EQ -> compare b d
    other -> other

instance (Show a, Show b) => Show (a, b) where
  showsPrec _ (a, b) s = '(' : shows a (',' : shows b (')' : s))

instance (Eq a, Eq b, Eq c) => Eq (a, b, c) where
  (a, b, c) == (d, e, f) = a == d && b == e && c == f

instance (Ord a, Ord b, Ord c) => Ord (a, b, c) where
  compare (a, b, c) (d, e, f) = case compare a d of
    EQ -> case compare b e of
      EQ -> compare c f
      other -> other
    other -> other

instance (Show a, Show b, Show c) => Show (a, b, c) where
  showsPrec _ (a, b, c) s = '(' : shows a (',' : shows b (',' : shows c (')' : s)))

instance (Show a, Show b, Show c, Show d) => Show (a, b, c, d) where
  showsPrec _ (a, b, c, d) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (')' : s))))

instance (Eq a, Eq b, Eq c, Eq d) => Eq (a, b, c, d) where
  (a, b, c, d) == (e, f, g, h) = a == e && b == f && c == g && d == h

-- ---------------------------------------------------------------- numbers

subtract :: Num a => a -> a -> a
subtract x y = y - x

even :: Integral a => a -> Bool
even n = n `rem` fromInteger 2 == fromInteger 0

odd :: Integral a => a -> Bool
odd n = not (even n)

gcd :: Integral a => a -> a -> a
gcd x y = gcd' (abs x) (abs y)
  where
    gcd' a b = if b == fromInteger 0 then a else gcd' b (a `rem` b)

lcm :: Integral a => a -> a -> a
lcm x y = if x == fromInteger 0 || y == fromInteger 0 then fromInteger 0 else abs ((x `quot` gcd x y) * y)

(^) :: (Num a, Integral b) => a -> b -> a
x ^ n
  | n < fromInteger 0 = errorWithoutStackTrace "Negative exponent"
  | n == fromInteger 0 = fromInteger 1
  | otherwise = powAcc x n (fromInteger 1)

powAcc :: (Num a, Integral b) => a -> b -> a -> a
powAcc x n acc
  | n == fromInteger 0 = acc
  | even n = powAcc (x * x) (n `quot` fromInteger 2) acc
  | otherwise = powAcc (x * x) (n `quot` fromInteger 2) (acc * x)

fromIntegral :: (Integral a, Num b) => a -> b
fromIntegral x = fromInteger (toInteger x)

-- ---------------------------------------------------------------- Maybe, Either

instance Eq a => Eq (Maybe a) where
  Nothing == Nothing = True
  Just a == Just b = a == b
  _ == _ = False

instance Ord a => Ord (Maybe a) where
  compare Nothing Nothing = EQ
  compare Nothing (Just _) = LT
  compare (Just _) Nothing = GT
  compare (Just a) (Just b) = compare a b

instance Show a => Show (Maybe a) where
  showsPrec _ Nothing = showString "Nothing"
  showsPrec d (Just x) = showParen (d > 10) (showString "Just " . showsPrec 11 x)

instance Functor Maybe where
  fmap _ Nothing = Nothing
  fmap f (Just x) = Just (f x)

instance Applicative Maybe where
  pure x = Just x
  Just f <*> m = fmap f m
  Nothing <*> _ = Nothing

instance Monad Maybe where
  (Just x) >>= k = k x
  Nothing >>= _ = Nothing

instance MonadFail Maybe where
  fail _ = Nothing

instance (Eq a, Eq b) => Eq (Either a b) where
  Left a == Left b = a == b
  Right a == Right b = a == b
  _ == _ = False

instance (Ord a, Ord b) => Ord (Either a b) where
  compare (Left a) (Left b) = compare a b
  compare (Left _) (Right _) = LT
  compare (Right _) (Left _) = GT
  compare (Right a) (Right b) = compare a b

instance (Show a, Show b) => Show (Either a b) where
  showsPrec d (Left a) = showParen (d > 10) (showString "Left " . showsPrec 11 a)
  showsPrec d (Right b) = showParen (d > 10) (showString "Right " . showsPrec 11 b)

instance Functor (Either e) where
  fmap _ (Left e) = Left e
  fmap f (Right x) = Right (f x)

instance Applicative (Either e) where
  pure x = Right x
  Left e <*> _ = Left e
  Right f <*> r = fmap f r

instance Monad (Either e) where
  Left e >>= _ = Left e
  Right x >>= k = k x

-- A function is a Functor, Applicative and Monad in its result (the reader: zip <*> tail, (+) <$> f <*> g).
instance Functor ((->) r) where
  fmap f g = \x -> f (g x)

instance Applicative ((->) r) where
  pure x = \_ -> x
  f <*> g = \x -> f x (g x)

instance Monad ((->) r) where
  f >>= k = \r -> k (f r) r

-- A pair is a Functor in its second component.
instance Functor ((,) a) where
  fmap f (x, y) = (x, f y)

maybe :: b -> (a -> b) -> Maybe a -> b
maybe n _ Nothing = n
maybe _ f (Just x) = f x

either :: (a -> c) -> (b -> c) -> Either a b -> c
either f _ (Left x) = f x
either _ g (Right y) = g y

-- Data.Maybe
fromMaybe :: a -> Maybe a -> a
fromMaybe d Nothing = d
fromMaybe _ (Just x) = x

fromJust :: Maybe a -> a
fromJust (Just x) = x
fromJust Nothing = errorWithoutStackTrace "Maybe.fromJust: Nothing"

-- fromJust where the program calls it (lower.py passes the call site): GHC 9.0.2's call stack.
fromJustCalledAt :: [Char] -> Maybe a -> a
fromJustCalledAt _ (Just x) = x
fromJustCalledAt site Nothing = primError ("Maybe.fromJust: Nothing\nCallStack (from HasCallStack):\n  error, called at libraries/base/Data/Maybe.hs:148:21 in base:Data.Maybe\n  fromJust, called at " ++ site ++ " in main:Main")

isJust :: Maybe a -> Bool
isJust (Just _) = True
isJust Nothing = False

isNothing :: Maybe a -> Bool
isNothing m = not (isJust m)

catMaybes :: [Maybe a] -> [a]
catMaybes ms = [x | Just x <- ms]

mapMaybe :: (a -> Maybe b) -> [a] -> [b]
mapMaybe f xs = [y | x <- xs, Just y <- [f x]]

listToMaybe :: [a] -> Maybe a
listToMaybe [] = Nothing
listToMaybe (x : _) = Just x

maybeToList :: Maybe a -> [a]
maybeToList Nothing = []
maybeToList (Just x) = [x]

-- Foldable, a class of one method here: a container's elements as a list, in GHC's order. The Foldable
-- functions (sum, foldr, mapM_, ...) are the list functions; one used at another container is given the
-- list of its elements (check.Checker.foldable_use), and a `Foldable t =>` function takes this dictionary.
class Foldable t where
  foldableToList' :: t a -> [a]
  -- The same for maximum, minimum, foldr1, foldl1, maximumBy or minimumBy (by its number, emptyName'):
  -- an empty container stops with GHC's message for that function and container (a list's function
  -- gives the list's own).
  foldableNonEmpty' :: Int -> t a -> [a]
  foldableNonEmpty' f t = nonEmptyOr' (emptyName' f ++ ": empty structure") (foldableToList' t)

instance Foldable [] where
  foldableToList' xs = xs
  foldableNonEmpty' _ xs = xs

-- The Foldable functions that stop on an empty container, by number (check.EMPTY_STRUCTURE_FUNCTIONS).
emptyName' :: Int -> String
emptyName' 0 = "maximum"
emptyName' 1 = "minimum"
emptyName' 2 = "foldr1"
emptyName' 3 = "foldl1"
emptyName' 4 = "maximumBy"
emptyName' _ = "minimumBy"

instance Foldable Maybe where
  foldableToList' Nothing = []
  foldableToList' (Just x) = [x]

instance Foldable (Either e) where
  foldableToList' (Left _) = []
  foldableToList' (Right x) = [x]

instance Foldable ((,) e) where
  foldableToList' (_, x) = [x]

-- Traversable, as GHC's: traverse or sequenceA defines an instance.
class (Functor t, Foldable t) => Traversable t where
  traverse :: Applicative f => (a -> f b) -> t a -> f (t b)
  sequenceA :: Applicative f => t (f a) -> f (t a)
  mapM :: Monad m => (a -> m b) -> t a -> m (t b)
  sequence :: Monad m => t (m a) -> m (t a)
  traverse f t = sequenceA (fmap f t)
  sequenceA t = traverse id t
  mapM f t = traverse f t
  sequence t = sequenceA t

instance Traversable [] where
  traverse f xs = listTraverse' f xs
  sequenceA xs = listSequenceA' xs
  mapM f xs = listMapM' f xs
  sequence xs = listSequence' xs

instance Traversable Maybe where
  traverse _ Nothing = pure Nothing
  traverse f (Just x) = fmap Just (f x)

instance Traversable (Either e) where
  traverse _ (Left e) = pure (Left e)
  traverse f (Right x) = fmap Right (f x)

instance Traversable ((,) e) where
  traverse f (e, x) = fmap (\y -> (e, y)) (f x)

-- Data.Bits, at Int (64 bits, two's complement) and Integer (an infinite two's complement), over the
-- arithmetic: a negative number is the complement of a non-negative one, whose bits are taken one by one.
infixl 8 `shift`, `shiftL`, `shiftR`
infixl 7 .&.
infixl 6 `xor`
infixl 5 .|.

class Eq a => Bits a where
  (.&.) :: a -> a -> a
  (.|.) :: a -> a -> a
  xor :: a -> a -> a
  complement :: a -> a
  shiftL :: a -> Int -> a
  shiftR :: a -> Int -> a
  testBit :: a -> Int -> Bool
  popCount :: a -> Int
  bit :: Int -> a
  zeroBits :: a
  shift :: a -> Int -> a
  setBit :: a -> Int -> a
  clearBit :: a -> Int -> a
  complementBit :: a -> Int -> a
  shift x n = if n >= 0 then shiftL x n else shiftR x (negate n)
  setBit x i = x .|. bit i
  clearBit x i = x .&. complement (bit i)
  complementBit x i = x `xor` bit i

-- Two non-negative numbers' bits combined by op (and, or, xor of the lowest bits).
bitsWith' :: Integral a => (Bool -> Bool -> Bool) -> a -> a -> a
bitsWith' op x y
  | x == 0 && y == 0 = 0
  | otherwise = 2 * bitsWith' op (x `quot` 2) (y `quot` 2) + (if op (odd x) (odd y) then 1 else 0)

bitsAnd' :: Integral a => a -> a -> a
bitsAnd' x y
  | x >= 0 && y >= 0 = bitsWith' (&&) x y
  | x >= 0 = x - bitsWith' (&&) x (-y - 1)
  | y >= 0 = y - bitsWith' (&&) y (-x - 1)
  | otherwise = -(bitsWith' (||) (-x - 1) (-y - 1)) - 1

bitsOr' :: Integral a => a -> a -> a
bitsOr' x y = -(bitsAnd' (-x - 1) (-y - 1)) - 1

bitsXor' :: Integral a => a -> a -> a
bitsXor' x y
  | x >= 0 && y >= 0 = bitsWith' (/=) x y
  | x >= 0 = -(bitsWith' (/=) x (-y - 1)) - 1
  | y >= 0 = -(bitsWith' (/=) (-x - 1) y) - 1
  | otherwise = bitsWith' (/=) (-x - 1) (-y - 1)

bitsCount' :: Integral a => a -> Int
bitsCount' 0 = 0
bitsCount' x = (if odd x then 1 else 0) + bitsCount' (x `quot` 2)

instance Bits Int where
  (.&.) = bitsAnd'
  (.|.) = bitsOr'
  xor = bitsXor'
  complement x = -x - 1
  shiftL x n = if n >= 64 then 0 else x * 2 ^ n
  shiftR x n = if n >= 63 then (if x < 0 then -1 else 0) else x `div` 2 ^ n
  testBit x i
    | i < 0 || i >= 64 = False
    | i == 63 = x < 0
    | otherwise = odd (x `div` 2 ^ i)
  popCount x = if x < 0 then 64 - bitsCount' (-x - 1) else bitsCount' x
  bit i = if i < 0 || i >= 64 then 0 else 2 ^ i
  zeroBits = 0

instance Bits Integer where
  (.&.) = bitsAnd'
  (.|.) = bitsOr'
  xor = bitsXor'
  complement x = -x - 1
  shiftL x n = x * 2 ^ n
  shiftR x n = x `div` 2 ^ n
  testBit x i = i >= 0 && odd (x `div` 2 ^ i)
  popCount x = if x < 0 then negate (bitsCount' (negate x)) else bitsCount' x
  bit i = 2 ^ i
  zeroBits = 0

-- Data.Either
lefts :: [Either a b] -> [a]
lefts es = [x | Left x <- es]

rights :: [Either a b] -> [b]
rights es = [y | Right y <- es]

partitionEithers :: [Either a b] -> ([a], [b])
partitionEithers es = foldr (either (\x ~(ls, rs) -> (x : ls, rs)) (\y ~(ls, rs) -> (ls, y : rs))) ([], []) es

isLeft :: Either a b -> Bool
isLeft (Left _) = True
isLeft (Right _) = False

isRight :: Either a b -> Bool
isRight e = not (isLeft e)

fromLeft :: a -> Either a b -> a
fromLeft _ (Left x) = x
fromLeft d _ = d

fromRight :: b -> Either a b -> b
fromRight _ (Right y) = y
fromRight d _ = d

-- ---------------------------------------------------------------- Alternative and MonadPlus

-- Control.Applicative's Alternative and Control.Monad's MonadPlus, which GHC 9.0's Prelude does not export.
infixl 3 <|>

class Applicative f => Alternative f where
  empty :: f a
  (<|>) :: f a -> f a -> f a
  some :: f a -> f [a]
  many :: f a -> f [a]
  some v = fmap (:) v <*> many v
  many v = some v <|> pure []

class (Alternative m, Monad m) => MonadPlus m where
  mzero :: m a
  mplus :: m a -> m a -> m a
  mzero = empty
  mplus a b = a <|> b

instance Alternative Maybe where
  empty = Nothing
  Nothing <|> r = r
  l <|> _ = l

instance MonadPlus Maybe

instance Alternative [] where
  empty = []
  xs <|> ys = xs ++ ys

instance MonadPlus []

guard :: Alternative f => Bool -> f ()
guard True = pure ()
guard False = empty

msum :: MonadPlus m => [m a] -> m a
msum ms = foldr mplus mzero ms

mfilter :: MonadPlus m => (a -> Bool) -> m a -> m a
mfilter p ma = ma >>= \a -> if p a then return a else mzero

asum :: Alternative f => [f a] -> f a
asum fs = foldr (<|>) empty fs

optional :: Alternative f => f a -> f (Maybe a)
optional v = fmap Just v <|> pure Nothing

liftA2 :: Applicative f => (a -> b -> c) -> f a -> f b -> f c
liftA2 f a b = fmap f a <*> b

-- ---------------------------------------------------------------- Functor and Monad helpers

(<$>) :: Functor f => (a -> b) -> f a -> f b
f <$> x = fmap f x

-- Data.Functor's (infixl 1 <&>, infixl 4 $>: parser.gather_fixities).
(<&>) :: Functor f => f a -> (a -> b) -> f b
x <&> f = fmap f x

($>) :: Functor f => f a -> b -> f b
x $> b = fmap (const b) x

-- Data.Tuple's
swap :: (a, b) -> (b, a)
swap (a, b) = (b, a)

(=<<) :: Monad m => (a -> m b) -> m a -> m b
f =<< m = m >>= f

mapM_ :: Monad m => (a -> m b) -> [a] -> m ()
mapM_ f xs = foldr (\x k -> f x >> k) (return ()) xs

forM_ :: Monad m => [a] -> (a -> m b) -> m ()
forM_ xs f = mapM_ f xs

-- Traversable's methods at lists: the list instance's, which a method used at a list calls directly
-- (lower.LIST_TRAVERSABLE; each with the method's type variables in the method's order).
listMapM' :: Monad m => (a -> m b) -> [a] -> m [b]
listMapM' f [] = return []
listMapM' f (x : xs) = f x >>= \y -> listMapM' f xs >>= \ys -> return (y : ys)

forM :: (Traversable t, Monad m) => t a -> (a -> m b) -> m (t b)
forM xs f = mapM f xs

listSequence' :: Monad m => [m a] -> m [a]
listSequence' ms = listMapM' id ms

sequence_ :: Monad m => [m a] -> m ()
sequence_ ms = mapM_ id ms

listTraverse' :: Applicative f => (a -> f b) -> [a] -> f [b]
listTraverse' f xs = foldr (\x ys -> fmap (:) (f x) <*> ys) (pure []) xs

listSequenceA' :: Applicative f => [f a] -> f [a]
listSequenceA' xs = listTraverse' id xs

foldMap :: Monoid m => (a -> m) -> [a] -> m
foldMap f xs = foldr (\x r -> f x <> r) mempty xs

-- Data.Foldable's and Data.Traversable's, at lists.
traverse_ :: Applicative f => (a -> f b) -> [a] -> f ()
traverse_ f xs = foldr (\x k -> f x *> k) (pure ()) xs

for_ :: Applicative f => [a] -> (a -> f b) -> f ()
for_ xs f = traverse_ f xs

sequenceA_ :: Applicative f => [f a] -> f ()
sequenceA_ fs = traverse_ id fs

for :: (Traversable t, Applicative f) => t a -> (a -> f b) -> f (t b)
for xs f = traverse f xs

toList :: [a] -> [a]
toList xs = xs

when :: Applicative f => Bool -> f () -> f ()
when p s = if p then s else pure ()

unless :: Applicative f => Bool -> f () -> f ()
unless p s = if p then pure () else s

-- The rest of Control.Monad's list functions (the effects in GHC's order), and Data.Function's.
replicateM :: Applicative m => Int -> m a -> m [a]
replicateM n m
  | n <= 0 = pure []
  | otherwise = fmap (:) m <*> replicateM (n - 1) m

replicateM_ :: Applicative m => Int -> m a -> m ()
replicateM_ n m
  | n <= 0 = pure ()
  | otherwise = m *> replicateM_ (n - 1) m

foldM :: Monad m => (b -> a -> m b) -> b -> [a] -> m b
foldM _ z [] = return z
foldM f z (x : xs) = f z x >>= \z' -> foldM f z' xs

foldM_ :: Monad m => (b -> a -> m b) -> b -> [a] -> m ()
foldM_ f z xs = foldM f z xs >> return ()

zipWithM :: Applicative m => (a -> b -> m c) -> [a] -> [b] -> m [c]
zipWithM f xs ys = foldr (\m k -> fmap (:) m <*> k) (pure []) (zipWith f xs ys)

zipWithM_ :: Applicative m => (a -> b -> m c) -> [a] -> [b] -> m ()
zipWithM_ f xs ys = foldr (\m k -> m *> k) (pure ()) (zipWith f xs ys)

filterM :: Applicative m => (a -> m Bool) -> [a] -> m [a]
filterM _ [] = pure []
filterM p (x : xs) = fmap (\keep ys -> if keep then x : ys else ys) (p x) <*> filterM p xs

forever :: Applicative f => f a -> f b
forever a = let a' = a *> a' in a'

void :: Functor f => f a -> f ()
void x = fmap (const ()) x

liftM :: Monad m => (a1 -> r) -> m a1 -> m r
liftM f m = m >>= \x -> return (f x)

liftM2 :: Monad m => (a1 -> a2 -> r) -> m a1 -> m a2 -> m r
liftM2 f m1 m2 = m1 >>= \x1 -> m2 >>= \x2 -> return (f x1 x2)

ap :: Monad m => m (a -> b) -> m a -> m b
ap mf mx = mf >>= \f -> mx >>= \x -> return (f x)

join :: Monad m => m (m a) -> m a
join x = x >>= id

(>=>) :: Monad m => (a -> m b) -> (b -> m c) -> a -> m c
f >=> g = \x -> f x >>= g

(<=<) :: Monad m => (b -> m c) -> (a -> m b) -> a -> m c
g <=< f = \x -> f x >>= g

on :: (b -> b -> c) -> (a -> b) -> a -> a -> c
on op f x y = f x `op` f y

(&) :: a -> (a -> b) -> b
x & f = f x

fix :: (a -> a) -> a
fix f = let x = f x in x

-- ---------------------------------------------------------------- System.Exit

data ExitCode = ExitSuccess | ExitFailure Int deriving (Eq, Ord, Show)

-- The run ends with the status; one outside 0..255 ends it with 255, as GHC's runtime exits (checked with
-- GHC 9.0.2: ExitFailure 300 and ExitFailure (-1) exit with 255). Output needs no flushing first: putStr
-- has written every chunk it evaluated, as GHC's hFlush of stdout at exit leaves it. GHC refuses
-- ExitFailure 0 with an IOError (its message checked with GHC 9.0.2).
exitWith :: ExitCode -> IO a
exitWith code = IO (\_ -> primExit (exitStatus code) `seq` errorWithoutStackTrace "exitWith: no exit")

exitStatus :: ExitCode -> Int
exitStatus ExitSuccess = 0
exitStatus (ExitFailure 0) = errorWithoutStackTrace "exitWith: invalid argument (ExitFailure 0)"
exitStatus (ExitFailure n) = if n < 0 || n > 255 then 255 else n

exitFailure :: IO a
exitFailure = exitWith (ExitFailure 1)

exitSuccess :: IO a
exitSuccess = exitWith ExitSuccess

-- ---------------------------------------------------------------- IO

unIO :: IO a -> Int -> R' a
unIO (IO f) = f

instance Functor IO where
  fmap f m = m >>= \x -> return (f x)

instance Applicative IO where
  pure x = IO (\w -> R' x w)
  mf <*> mx = mf >>= \f -> mx >>= \x -> return (f x)

instance Monad IO where
  (IO m) >>= k = IO (\w -> case m w of R' a w' -> unIO (k a) w')
  (IO m) >> k = IO (\w -> case m w of R' _ w' -> unIO k w')

-- An IOError: only userError's here, which ioError raises (GHC's "user error (...)").
data IOError = UserError' String

instance Show IOError where
  showsPrec _ (UserError' m) = showString "user error (" . showString m . showChar ')'

userError :: String -> IOError
userError m = UserError' m

ioError :: IOError -> IO a
ioError e = ioError' (show e)

-- GHC's fail in IO is an IOError, "user error (...)".
instance MonadFail IO where
  fail s = ioError' ("user error (" ++ s ++ ")")

putChar :: Char -> IO ()
putChar c = IO (\w -> primPutChar c `seq` R' () w)

-- Output goes out in chunks of 2048 characters, each evaluated whole before any of it is written, as
-- GHC's buffered stdout commits its character buffer: a run-time error while a chunk is being evaluated
-- leaves none of that chunk written (what GHC prints, with stdout a pipe or a file).
putStr :: String -> IO ()
putStr s = IO (\w -> case putChunks s of () -> R' () w)

putChunks :: String -> ()
putChunks [] = ()
putChunks s = forceChars 2048 s `seq` putChunks (putLoop 2048 s)

-- The first n characters of a string evaluated (each cell and each character).
forceChars :: Int -> String -> ()
forceChars _ [] = ()
forceChars n (c : cs) = if primIntLt n 2 then c `seq` () else c `seq` forceChars (primIntSub n 1) cs

-- The first n characters written; what follows them.
putLoop :: Int -> String -> String
putLoop _ [] = []
putLoop n (c : cs) = primPutChar c `seq` (if primIntLt n 2 then cs else putLoop (primIntSub n 1) cs)

putStrLn :: String -> IO ()
putStrLn s = IO (\w -> case putChunks s of () -> primPutChar '\n' `seq` R' () w)

print :: Show a => a -> IO ()
print x = putStrLn (show x)

-- The next character's code (the one isEOF read ahead, if any), -1 at the end of the input.
nextChar :: String -> Int -> Int
nextChar op w = if primIntGt w 0 then primIntSub w 1 else if primIntLt w 0 then semiClosed op else primGetChar w

-- GHC's error for a read of stdin after getContents: the handle is "semi-closed" while the lazy list has
-- not reached the end of the input, "closed" once it has. The input's next character tells which: the
-- lazy list has read every one when there is none (taking one is no loss, as the program stops here).
semiClosed :: String -> a
semiClosed op = errorWithoutStackTrace ("<stdin>: " ++ op ++ ": illegal operation (handle is " ++ state ++ ")")
  where state = if primIntLt (primGetChar (-1)) 0 then "closed" else "semi-closed"

getChar :: IO Char
getChar = IO (\w -> let c = nextChar "hGetChar" w in if primIntLt c 0 then errorWithoutStackTrace "<stdin>: hGetChar: end of file" else R' (primChr c) 0)

getLine :: IO String
getLine = IO (\w -> let c = nextChar "hGetLine" w in
  if primIntLt c 0 then errorWithoutStackTrace "<stdin>: hGetLine: end of file"
  else if primIntEq c 10 then R' [] 0 else (let line = readLine (primChr c) w in line `seq` R' line 0))

-- System.IO's isEOF: a character is read ahead and kept in the world for the next read.
isEOF :: IO Bool
isEOF = IO (\w -> if primIntGt w 0 then R' False w else if primIntLt w 0 then semiClosed "hIsEOF" else
  (let c = primGetChar w in if primIntLt c 0 then R' True 0 else R' False (primIntAdd c 1)))

readLine :: Char -> Int -> String
readLine c w = let s = restOfLine w in s `seq` (c : s)

restOfLine :: Int -> String
restOfLine w = let c = primGetChar w in
  if primIntLt c 0 || primIntEq c 10 then [] else (let s = restOfLine w in s `seq` (primChr c : s))

getContents :: IO String
getContents = IO (\w -> if primIntGt w 0 then R' (primChr (primIntSub w 1) : lazyRead w) (-1)
  else if primIntLt w 0 then semiClosed "hGetContents" else R' (lazyRead w) (-1))

lazyRead :: Int -> String
lazyRead w = let c = primGetChar w in if primIntLt c 0 then [] else primChr c : lazyRead (primIntAdd w 1)

-- ---------------------------------------------------------------- System.IO
-- The standard handles. Buffering is not a thing a program here can see (the Engine's output has no
-- buffer to flush), so hSetBuffering and hFlush do nothing; standard error's characters go out marked
-- (each after the character 0x1F), as the runtime's error reports do, and the driver separates them.

data Handle = Handle' Int

instance Show Handle where
  showsPrec _ (Handle' 0) = showString "{handle: <stdin>}"
  showsPrec _ (Handle' 1) = showString "{handle: <stdout>}"
  showsPrec _ _ = showString "{handle: <stderr>}"

instance Eq Handle where
  Handle' a == Handle' b = a == b

data BufferMode = NoBuffering | LineBuffering | BlockBuffering (Maybe Int) deriving (Eq, Ord, Show)

stdin :: Handle
stdin = Handle' 0

stdout :: Handle
stdout = Handle' 1

stderr :: Handle
stderr = Handle' 2

hSetBuffering :: Handle -> BufferMode -> IO ()
hSetBuffering _ _ = return ()

hFlush :: Handle -> IO ()
hFlush _ = return ()

hPutStr :: Handle -> String -> IO ()
hPutStr (Handle' 1) s = putStr s
hPutStr (Handle' 2) s = putStr (concatMap (\c -> ['\US', c]) s)
hPutStr h _ = hIllegal h "hPutStr" "not open for writing"

hPutStrLn :: Handle -> String -> IO ()
hPutStrLn h s = hPutStr h (s ++ "\n")

hPutChar :: Handle -> Char -> IO ()
hPutChar h c = hPutStr h [c]

hPrint :: Show a => Handle -> a -> IO ()
hPrint h x = hPutStrLn h (show x)

hGetLine :: Handle -> IO String
hGetLine (Handle' 0) = getLine
hGetLine h = hIllegal h "hGetLine" "not open for reading"

hGetContents :: Handle -> IO String
hGetContents (Handle' 0) = getContents
hGetContents h = hIllegal h "hGetContents" "not open for reading"

hIsEOF :: Handle -> IO Bool
hIsEOF (Handle' 0) = isEOF
hIsEOF h = hIllegal h "hIsEOF" "not open for reading"

hGetChar :: Handle -> IO Char
hGetChar (Handle' 0) = getChar
hGetChar h = hIllegal h "hGetChar" "not open for reading"

hIllegal :: Handle -> String -> String -> IO a
hIllegal (Handle' n) op what =
  let name = if n == 0 then "<stdin>" else if n == 1 then "<stdout>" else "<stderr>"
  in ioError' (name ++ ": " ++ op ++ ": illegal operation (handle is " ++ what ++ ")")

ioError' :: String -> IO a
ioError' msg = IO (\_ -> errorWithoutStackTrace msg)

interact :: (String -> String) -> IO ()
interact f = getContents >>= \s -> putStr (f s)

-- readLn parses its line at once (GHC's readIO, whose failure is an IOError, "user error (...)").
readLn :: Read a => IO a
readLn = getLine >>= readIO

readIO :: Read a => String -> IO a
readIO s = IO (\w -> case [x | (x, t) <- readsPrec 0 s, all isSpace t] of
  [x] -> R' x w
  [] -> errorWithoutStackTrace "user error (Prelude.readIO: no parse)"
  _ -> errorWithoutStackTrace "user error (Prelude.readIO: ambiguous parse)")

-- ---------------------------------------------------------------- Read

read :: Read a => String -> a
read s = case [x | (x, t) <- readsPrec 0 s, all isSpace t] of
  [x] -> x
  [] -> errorWithoutStackTrace "Prelude.read: no parse"
  _ -> errorWithoutStackTrace "Prelude.read: ambiguous parse"

-- Haskell 2010's lex: the first lexeme of the string as its text, and the rest ([("", "")] at the end,
-- [] where no lexeme starts). A number, a character or a string literal is what read would take of it.
lex :: ReadS String
lex s = case dropWhile isSpace s of
  "" -> [("", "")]
  t@(c : cs)
    | c == '"' -> lexTaken t (map snd (reads t :: [(String, String)]))
    | c == '\'' -> lexTaken t (map snd (reads t :: [(Char, String)]))
    | isDigit c -> lexTaken t (map snd (reads t :: [(Double, String)]))
    | isAlpha c || c == '_' -> [span (\x -> isAlphaNum x || x == '_' || x == '\'') t]
    | c `elem` lexSymbols -> [span (`elem` lexSymbols) t]
    | c `elem` "()[]{},;`" -> [([c], cs)]
    | otherwise -> []

-- Haskell 2010's readParen: parentheses required (True) or optional (False) around what g reads.
readParen :: Bool -> ReadS a -> ReadS a
readParen b g = if b then mand else opt
  where
    opt r = g r ++ mand r
    mand r = [(x, u) | ("(", t) <- lex r, (x, t') <- opt t, (")", u) <- lex t']

lexSymbols :: String
lexSymbols = "!@#$%&*+./<=>?\\^|:-~"

lexTaken :: String -> [String] -> [(String, String)]
lexTaken t rests = [(take (length t - length r) t, r) | r <- rests]

reads :: Read a => String -> [(a, String)]
reads s = readsPrec 0 s

-- Text.Read: read without the error.
readMaybe :: Read a => String -> Maybe a
readMaybe s = case readEither s of
  Right x -> Just x
  Left _ -> Nothing

readEither :: Read a => String -> Either String a
readEither s = case [x | (x, t) <- readsPrec 0 s, all isSpace t] of
  [x] -> Right x
  [] -> Left "Prelude.read: no parse"
  _ -> Left "Prelude.read: ambiguous parse"

readSignedInteger :: String -> [(Integer, String)]
readSignedInteger s = case dropWhile isSpace s of
  ('-' : rest) -> [(negate n, t) | (n, t) <- readDigits rest]
  rest -> readDigits rest

readDigits :: String -> [(Integer, String)]
readDigits s = case span isDigit s of
  ([], _) -> []
  (ds, t) -> [(foldl (\a d -> a * 10 + primIntToInteger (primOrd d - 48)) 0 ds, t)]

instance Read Integer where
  readsPrec _ s = readParens readSignedInteger s

instance Read Int where
  readsPrec _ s = [(fromInteger n, t) | (n, t) <- readParens readSignedInteger s]

-- ---------------------------------------------------------------- seq

seq :: a -> b -> b
seq a b = primSeq a b

-- ---------------------------------------------------------------- Data.Map (a size-balanced tree)

data Map k a = Tip' | Bin' Int k a (Map k a) (Map k a)

-- Data.IntMap's: a Map at Int.
type IntMap = Map Int

dm'empty :: Map k a
dm'empty = Tip'

dm'singleton :: k -> a -> Map k a
dm'singleton k x = Bin' 1 k x Tip' Tip'

dm'size :: Map k a -> Int
dm'size Tip' = 0
dm'size (Bin' n _ _ _ _) = n

dm'null :: Map k a -> Bool
dm'null Tip' = True
dm'null _ = False

dm'lookup :: Ord k => k -> Map k a -> Maybe a
dm'lookup _ Tip' = Nothing
dm'lookup k (Bin' _ kx x l r) = case compare k kx of
  LT -> dm'lookup k l
  GT -> dm'lookup k r
  EQ -> Just x

dm'member :: Ord k => k -> Map k a -> Bool
dm'member k m = isJust (dm'lookup k m)

dm'notMember :: Ord k => k -> Map k a -> Bool
dm'notMember k m = not (dm'member k m)

dm'findWithDefault :: Ord k => a -> k -> Map k a -> a
dm'findWithDefault d k m = fromMaybe d (dm'lookup k m)

dm'indexOp :: Ord k => Map k a -> k -> a
dm'indexOp m k = case dm'lookup k m of
  Just x -> x
  Nothing -> containersError "Map.!: given key is not an element in the map" "Map" "633:17"

-- Data.IntMap's (!), with its message.
dm'intIndexOp :: Map Int a -> Int -> a
dm'intIndexOp m k = case dm'lookup k m of
  Just x -> x
  Nothing -> containersError ("IntMap.!: key " ++ show k ++ " is not an element of the map") "IntMap" "619:17"

dm'insert :: Ord k => k -> a -> Map k a -> Map k a
dm'insert kx x Tip' = dm'singleton kx x
dm'insert kx x (Bin' sz ky y l r) = case compare kx ky of
  LT -> dm'balance ky y (dm'insert kx x l) r
  GT -> dm'balance ky y l (dm'insert kx x r)
  EQ -> Bin' sz kx x l r

dm'insertWith :: Ord k => (a -> a -> a) -> k -> a -> Map k a -> Map k a
dm'insertWith _ kx x Tip' = dm'singleton kx x
dm'insertWith f kx x (Bin' sy ky y l r) = case compare kx ky of
  LT -> dm'balance ky y (dm'insertWith f kx x l) r
  GT -> dm'balance ky y l (dm'insertWith f kx x r)
  EQ -> Bin' sy kx (f x y) l r

dm'delete :: Ord k => k -> Map k a -> Map k a
dm'delete _ Tip' = Tip'
dm'delete k (Bin' _ kx x l r) = case compare k kx of
  LT -> dm'balance kx x (dm'delete k l) r
  GT -> dm'balance kx x l (dm'delete k r)
  EQ -> dm'glue l r

dm'adjust :: Ord k => (a -> a) -> k -> Map k a -> Map k a
dm'adjust f k m = case dm'lookup k m of
  Nothing -> m
  Just x -> dm'insert k (f x) m

dm'alter :: Ord k => (Maybe a -> Maybe a) -> k -> Map k a -> Map k a
dm'alter f k m = case f (dm'lookup k m) of
  Nothing -> dm'delete k m
  Just x -> dm'insert k x m

-- Keys in strictly ascending order (a table built row by row) make the balanced tree at once, in linear
-- time, as containers' fromList does for them; any other list is inserted pair by pair.
dm'fromList :: Ord k => [(k, a)] -> Map k a
dm'fromList xs
  | dm'strictlyAscending xs = fst (dm'buildAscending (length xs) xs)
  | otherwise = foldl' (\m (k, x) -> dm'insert k x m) Tip' xs

dm'strictlyAscending :: Ord k => [(k, a)] -> Bool
dm'strictlyAscending ((k1, _) : rest@((k2, _) : _)) = k1 < k2 && dm'strictlyAscending rest
dm'strictlyAscending _ = True

-- The first n pairs as a perfectly balanced tree, and the pairs after them.
dm'buildAscending :: Int -> [(k, a)] -> (Map k a, [(k, a)])
dm'buildAscending 0 xs = (Tip', xs)
dm'buildAscending n xs = case dm'buildAscending nl xs of
  (l, (k, x) : rest) -> case dm'buildAscending (n - 1 - nl) rest of
    (r, rest') -> (Bin' n k x l r, rest')
  (l, []) -> (l, [])
  where
    nl = (n - 1) `div` 2

dm'fromListWith :: Ord k => (a -> a -> a) -> [(k, a)] -> Map k a
dm'fromListWith f xs = foldl' (\m (k, x) -> dm'insertWith f k x m) Tip' xs

dm'toList :: Map k a -> [(k, a)]
dm'toList m = dm'foldrWithKey (\k x xs -> (k, x) : xs) [] m

dm'toAscList :: Map k a -> [(k, a)]
dm'toAscList m = dm'toList m

dm'assocs :: Map k a -> [(k, a)]
dm'assocs m = dm'toList m

dm'keys :: Map k a -> [k]
dm'keys m = dm'foldrWithKey (\k _ ks -> k : ks) [] m

dm'elems :: Map k a -> [a]
dm'elems m = dm'foldrWithKey (\_ x xs -> x : xs) [] m

dm'foldrWithKey :: (k -> a -> b -> b) -> b -> Map k a -> b
dm'foldrWithKey _ z Tip' = z
dm'foldrWithKey f z (Bin' _ kx x l r) = dm'foldrWithKey f (f kx x (dm'foldrWithKey f z r)) l

dm'foldr :: (a -> b -> b) -> b -> Map k a -> b
dm'foldr f z m = dm'foldrWithKey (\_ x r -> f x r) z m

dm'foldlWithKey :: (b -> k -> a -> b) -> b -> Map k a -> b
dm'foldlWithKey f z m = foldl (\acc (k, x) -> f acc k x) z (dm'toList m)

dm'map :: (a -> b) -> Map k a -> Map k b
dm'map _ Tip' = Tip'
dm'map f (Bin' sx kx x l r) = Bin' sx kx (f x) (dm'map f l) (dm'map f r)

dm'mapWithKey :: (k -> a -> b) -> Map k a -> Map k b
dm'mapWithKey _ Tip' = Tip'
dm'mapWithKey f (Bin' sx kx x l r) = Bin' sx kx (f kx x) (dm'mapWithKey f l) (dm'mapWithKey f r)

dm'filter :: Ord k => (a -> Bool) -> Map k a -> Map k a
dm'filter p m = dm'fromList (filter (\(_, x) -> p x) (dm'toList m))

dm'filterWithKey :: Ord k => (k -> a -> Bool) -> Map k a -> Map k a
dm'filterWithKey p m = dm'fromList (filter (\(k, x) -> p k x) (dm'toList m))

dm'unionWith :: Ord k => (a -> a -> a) -> Map k a -> Map k a -> Map k a
dm'unionWith f a b = foldl' (\m (k, x) -> dm'insertWith (\new old -> f old new) k x m) a (dm'toList b)

dm'union :: Ord k => Map k a -> Map k a -> Map k a
dm'union a b = dm'unionWith const a b

dm'findMin :: Map k a -> (k, a)
dm'findMin (Bin' _ kx x Tip' _) = (kx, x)
dm'findMin (Bin' _ _ _ l _) = dm'findMin l
dm'findMin Tip' = containersError "Map.findMin: empty map has no minimal element" "Map" "1653:17"

dm'findMax :: Map k a -> (k, a)
dm'findMax (Bin' _ kx x _ Tip') = (kx, x)
dm'findMax (Bin' _ _ _ _ r) = dm'findMax r
dm'findMax Tip' = containersError "Map.findMax: empty map has no maximal element" "Map" "1678:17"

dm'bin :: k -> a -> Map k a -> Map k a -> Map k a
dm'bin k x l r = Bin' (dm'size l + dm'size r + 1) k x l r

dm'balance :: k -> a -> Map k a -> Map k a -> Map k a
dm'balance k x l r
  | sl + sr <= 1 = Bin' (sl + sr + 1) k x l r
  | sr > 3 * sl = dm'rotateL k x l r
  | sl > 3 * sr = dm'rotateR k x l r
  | otherwise = Bin' (sl + sr + 1) k x l r
  where
    sl = dm'size l
    sr = dm'size r

dm'rotateL :: k -> a -> Map k a -> Map k a -> Map k a
dm'rotateL k x l r@(Bin' _ _ _ ly ry)
  | dm'size ly < 2 * dm'size ry = dm'singleL k x l r
  | otherwise = dm'doubleL k x l r
dm'rotateL k x l Tip' = dm'bin k x l Tip'

dm'rotateR :: k -> a -> Map k a -> Map k a -> Map k a
dm'rotateR k x l@(Bin' _ _ _ ly ry) r
  | dm'size ry < 2 * dm'size ly = dm'singleR k x l r
  | otherwise = dm'doubleR k x l r
dm'rotateR k x Tip' r = dm'bin k x Tip' r

dm'singleL :: k -> a -> Map k a -> Map k a -> Map k a
dm'singleL k1 x1 t1 (Bin' _ k2 x2 t2 t3) = dm'bin k2 x2 (dm'bin k1 x1 t1 t2) t3
dm'singleL k1 x1 t1 Tip' = dm'bin k1 x1 t1 Tip'

dm'singleR :: k -> a -> Map k a -> Map k a -> Map k a
dm'singleR k1 x1 (Bin' _ k2 x2 t1 t2) t3 = dm'bin k2 x2 t1 (dm'bin k1 x1 t2 t3)
dm'singleR k1 x1 Tip' t3 = dm'bin k1 x1 Tip' t3

dm'doubleL :: k -> a -> Map k a -> Map k a -> Map k a
dm'doubleL k1 x1 t1 (Bin' _ k2 x2 (Bin' _ k3 x3 t2 t3) t4) = dm'bin k3 x3 (dm'bin k1 x1 t1 t2) (dm'bin k2 x2 t3 t4)
dm'doubleL k1 x1 t1 t2 = dm'singleL k1 x1 t1 t2

dm'doubleR :: k -> a -> Map k a -> Map k a -> Map k a
dm'doubleR k1 x1 (Bin' _ k2 x2 t1 (Bin' _ k3 x3 t2 t3)) t4 = dm'bin k3 x3 (dm'bin k2 x2 t1 t2) (dm'bin k1 x1 t3 t4)
dm'doubleR k1 x1 t1 t2 = dm'singleR k1 x1 t1 t2

dm'glue :: Map k a -> Map k a -> Map k a
dm'glue Tip' r = r
dm'glue l Tip' = l
dm'glue l r =
  let (km, m) = dm'findMin r
  in dm'balance km m l (dm'deleteMin r)

dm'deleteMin :: Map k a -> Map k a
dm'deleteMin (Bin' _ _ _ Tip' r) = r
dm'deleteMin (Bin' _ kx x l r) = dm'balance kx x (dm'deleteMin l) r
dm'deleteMin Tip' = Tip'

instance (Eq k, Eq a) => Eq (Map k a) where
  a == b = dm'toList a == dm'toList b

instance (Show k, Show a) => Show (Map k a) where
  showsPrec d m = showParen (d > 10) (showString "fromList " . shows (dm'toList m))

instance Functor (Map k) where
  fmap f m = dm'map f m

-- In the order of the keys, as the containers package's traverseWithKey.
instance Traversable (Map k) where
  traverse f m = dm'traverseWithKey (\_ x -> f x) m

dm'traverseWithKey :: Applicative t => (k -> a -> t b) -> Map k a -> t (Map k b)
dm'traverseWithKey _ Tip' = pure Tip'
dm'traverseWithKey f (Bin' 1 k v _ _) = fmap (\v' -> Bin' 1 k v' Tip' Tip') (f k v)
dm'traverseWithKey f (Bin' s k v l r) =
  liftA2 (\l' (v', r') -> Bin' s k v' l' r') (dm'traverseWithKey f l) (liftA2 (,) (f k v) (dm'traverseWithKey f r))

instance Foldable (Map k) where
  foldableToList' m = dm'foldrWithKey (\_ x xs -> x : xs) [] m
  foldableNonEmpty' 0 m = nonEmptyOr' (containersMessage' "Data.Foldable.maximum (for Data.Map): empty map" "Map" "4271:23") (dm'elems m)
  foldableNonEmpty' 1 m = nonEmptyOr' (containersMessage' "Data.Foldable.minimum (for Data.Map): empty map" "Map" "4278:23") (dm'elems m)
  foldableNonEmpty' f m = nonEmptyOr' (emptyName' f ++ ": empty structure") (dm'elems m)

dm'lookupMin :: Map k a -> Maybe (k, a)
dm'lookupMin Tip' = Nothing
dm'lookupMin m = Just (dm'findMin m)

dm'lookupMax :: Map k a -> Maybe (k, a)
dm'lookupMax Tip' = Nothing
dm'lookupMax m = Just (dm'findMax m)

dm'foldl :: (b -> a -> b) -> b -> Map k a -> b
dm'foldl f z m = foldl f z (dm'elems m)

dm'foldrWithKey' :: (k -> a -> b -> b) -> b -> Map k a -> b
dm'foldrWithKey' f z m = dm'foldrWithKey f z m

-- More of Data.Map, through its lists where that is simplest (the results are Data.Map's).
dm'lookupOp :: Ord k => Map k a -> k -> Maybe a
dm'lookupOp m k = dm'lookup k m

dm'toDescList :: Map k a -> [(k, a)]
dm'toDescList m = reverse (dm'toList m)

dm'foldr' :: (a -> b -> b) -> b -> Map k a -> b
dm'foldr' f z m = dm'foldr f z m

dm'fromAscList :: Ord k => [(k, a)] -> Map k a
dm'fromAscList xs = dm'fromList xs

dm'unions :: Ord k => [Map k a] -> Map k a
dm'unions ms = foldl dm'union dm'empty ms

dm'unionsWith :: Ord k => (a -> a -> a) -> [Map k a] -> Map k a
dm'unionsWith f ms = foldl (dm'unionWith f) dm'empty ms

dm'partition :: Ord k => (a -> Bool) -> Map k a -> (Map k a, Map k a)
dm'partition p m = (dm'filter p m, dm'filter (not . p) m)

dm'mapMaybe :: Ord k => (a -> Maybe b) -> Map k a -> Map k b
dm'mapMaybe f m = dm'fromList [(k, y) | (k, x) <- dm'toList m, Just y <- [f x]]

dm'update :: Ord k => (a -> Maybe a) -> k -> Map k a -> Map k a
dm'update f k m = case dm'lookup k m of
  Nothing -> m
  Just x -> case f x of
    Nothing -> dm'delete k m
    Just y -> dm'insert k y m

dm'difference :: Ord k => Map k a -> Map k b -> Map k a
dm'difference a b = dm'filterWithKey (\k _ -> dm'notMember k b) a

dm'intersectionWith :: Ord k => (a -> b -> c) -> Map k a -> Map k b -> Map k c
dm'intersectionWith f a b = dm'fromList [(k, f x y) | (k, x) <- dm'toList a, Just y <- [dm'lookup k b]]

dm'intersection :: Ord k => Map k a -> Map k b -> Map k a
dm'intersection a b = dm'filterWithKey (\k _ -> dm'member k b) a

dm'mapKeys :: Ord k2 => (k1 -> k2) -> Map k1 a -> Map k2 a
dm'mapKeys f m = dm'fromList [(f k, x) | (k, x) <- dm'toList m]

dm'lookupLE :: Ord k => k -> Map k a -> Maybe (k, a)
dm'lookupLE k m = listToMaybe (reverse [p | p@(k', _) <- dm'toList m, k' <= k])

dm'lookupLT :: Ord k => k -> Map k a -> Maybe (k, a)
dm'lookupLT k m = listToMaybe (reverse [p | p@(k', _) <- dm'toList m, k' < k])

dm'lookupGE :: Ord k => k -> Map k a -> Maybe (k, a)
dm'lookupGE k m = listToMaybe [p | p@(k', _) <- dm'toList m, k' >= k]

dm'lookupGT :: Ord k => k -> Map k a -> Maybe (k, a)
dm'lookupGT k m = listToMaybe [p | p@(k', _) <- dm'toList m, k' > k]

dm'deleteMax :: Ord k => Map k a -> Map k a
dm'deleteMax m = case dm'lookupMax m of
  Nothing -> m
  Just (k, _) -> dm'delete k m

dm'minViewWithKey :: Ord k => Map k a -> Maybe ((k, a), Map k a)
dm'minViewWithKey m = fmap (\p -> (p, dm'deleteMin m)) (dm'lookupMin m)

dm'maxViewWithKey :: Ord k => Map k a -> Maybe ((k, a), Map k a)
dm'maxViewWithKey m = fmap (\p -> (p, dm'deleteMax m)) (dm'lookupMax m)

dm'minView :: Ord k => Map k a -> Maybe (a, Map k a)
dm'minView m = fmap (\((_, x), rest) -> (x, rest)) (dm'minViewWithKey m)

dm'maxView :: Ord k => Map k a -> Maybe (a, Map k a)
dm'maxView m = fmap (\((_, x), rest) -> (x, rest)) (dm'maxViewWithKey m)

instance (Ord k, Ord a) => Ord (Map k a) where
  compare a b = compare (dm'toList a) (dm'toList b)

-- An error of the containers package: its message and, as GHC's build of containers-0.6.4.1 writes it,
-- the call stack of its `error` (the module and the line and column there).
containersError :: String -> String -> String -> a
containersError msg m loc = errorWithoutStackTrace (containersMessage' msg m loc)

containersMessage' :: String -> String -> String -> String
containersMessage' msg m loc = msg ++ "\nCallStack (from HasCallStack):\n  error, called at libraries/containers/containers/src/Data/" ++ m ++ "/Internal.hs:" ++ loc ++ " in containers-0.6.4.1:Data." ++ m ++ ".Internal"

-- The elements of a Foldable container that is not a list, given to maximum, minimum, foldr1, foldl1,
-- maximumBy or minimumBy: none stops the program with GHC's message for that function and container.
nonEmptyOr' :: String -> [b] -> [b]
nonEmptyOr' msg [] = errorWithoutStackTrace msg
nonEmptyOr' _ xs = xs

-- Positions in the map's order (elemAt 0 is the least key).
dm'elemAt :: Int -> Map k a -> (k, a)
dm'elemAt _ Tip' = containersError "Map.elemAt: index out of range" "Map" "1504:17"
dm'elemAt i (Bin' _ kx x l r)
  | i < sl = dm'elemAt i l
  | i > sl = dm'elemAt (i - sl - 1) r
  | otherwise = (kx, x)
  where sl = dm'size l

dm'lookupIndex :: Ord k => k -> Map k a -> Maybe Int
dm'lookupIndex k m = go 0 m
  where
    go _ Tip' = Nothing
    go idx (Bin' _ kx _ l r) = case compare k kx of
      LT -> go idx l
      GT -> go (idx + dm'size l + 1) r
      EQ -> Just (idx + dm'size l)

dm'findIndex :: Ord k => k -> Map k a -> Int
dm'findIndex k m = case dm'lookupIndex k m of
  Just i -> i
  Nothing -> containersError "Map.findIndex: element is not in the map" "Map" "1463:23"

dm'take :: Ord k => Int -> Map k a -> Map k a
dm'take n m = dm'fromList (take n (dm'toList m))

dm'drop :: Ord k => Int -> Map k a -> Map k a
dm'drop n m = dm'fromList (drop n (dm'toList m))

dm'splitAt :: Ord k => Int -> Map k a -> (Map k a, Map k a)
dm'splitAt n m = (dm'take n m, dm'drop n m)

dm'split :: Ord k => k -> Map k a -> (Map k a, Map k a)
dm'split k m = (dm'filterWithKey (\k' _ -> k' < k) m, dm'filterWithKey (\k' _ -> k' > k) m)

dm'deleteFindMin :: Map k a -> ((k, a), Map k a)
dm'deleteFindMin Tip' = (containersError "Map.deleteFindMin: can not return the minimal element of an empty map" "Map" "3987:15", Tip')
dm'deleteFindMin m = (dm'findMin m, dm'deleteMin m)

dm'deleteFindMax :: Ord k => Map k a -> ((k, a), Map k a)
dm'deleteFindMax Tip' = (containersError "Map.deleteFindMax: can not return the maximal element of an empty map" "Map" "3997:15", Tip')
dm'deleteFindMax m = (dm'findMax m, dm'deleteMax m)

dm'foldl' :: (b -> a -> b) -> b -> Map k a -> b
dm'foldl' f z m = foldl' f z (dm'elems m)

dm'foldlWithKey' :: (b -> k -> a -> b) -> b -> Map k a -> b
dm'foldlWithKey' f z m = foldl' (\acc (k, x) -> f acc k x) z (dm'toList m)

dm'insertWithKey :: Ord k => (k -> a -> a -> a) -> k -> a -> Map k a -> Map k a
dm'insertWithKey f k x m = dm'insertWith (f k) k x m

dm'adjustWithKey :: Ord k => (k -> a -> a) -> k -> Map k a -> Map k a
dm'adjustWithKey f k m = dm'adjust (f k) k m

dm'fromListWithKey :: Ord k => (k -> a -> a -> a) -> [(k, a)] -> Map k a
dm'fromListWithKey f xs = foldl' (\m (k, x) -> dm'insertWith (f k) k x m) Tip' xs

dm'fromDistinctAscList :: Ord k => [(k, a)] -> Map k a
dm'fromDistinctAscList xs = dm'fromList xs

dm'partitionWithKey :: Ord k => (k -> a -> Bool) -> Map k a -> (Map k a, Map k a)
dm'partitionWithKey p m = (dm'filterWithKey p m, dm'filterWithKey (\k x -> not (p k x)) m)

dm'mapMaybeWithKey :: Ord k => (k -> a -> Maybe b) -> Map k a -> Map k b
dm'mapMaybeWithKey f m = dm'fromList [(k, y) | (k, x) <- dm'toList m, Just y <- [f k x]]

dm'unionWithKey :: Ord k => (k -> a -> a -> a) -> Map k a -> Map k a -> Map k a
dm'unionWithKey f a b = foldl' (\m (k, x) -> dm'insertWith (\new old -> f k old new) k x m) a (dm'toList b)

dm'differenceWith :: Ord k => (a -> b -> Maybe a) -> Map k a -> Map k b -> Map k a
dm'differenceWith f a b = dm'fromList [(k, z) | (k, x) <- dm'toList a, Just z <- [maybe (Just x) (f x) (dm'lookup k b)]]

dm'isSubmapOf :: (Ord k, Eq a) => Map k a -> Map k a -> Bool
dm'isSubmapOf a b = all (\(k, x) -> dm'lookup k b == Just x) (dm'toList a)

dm'mapKeysWith :: Ord k2 => (a -> a -> a) -> (k1 -> k2) -> Map k1 a -> Map k2 a
dm'mapKeysWith c f m = dm'fromListWith c [(f k, x) | (k, x) <- dm'toList m]

dm'mapAccum :: (a -> b -> (a, c)) -> a -> Map k b -> (a, Map k c)
dm'mapAccum f a m = dm'mapAccumWithKey (\acc _ x -> f acc x) a m

dm'mapAccumWithKey :: (a -> k -> b -> (a, c)) -> a -> Map k b -> (a, Map k c)
dm'mapAccumWithKey _ a Tip' = (a, Tip')
dm'mapAccumWithKey f a (Bin' sx kx x l r) =
  let (a1, l') = dm'mapAccumWithKey f a l
      (a2, x') = f a1 kx x
      (a3, r') = dm'mapAccumWithKey f a2 r
  in (a3, Bin' sx kx x' l' r')

dm'keysSet :: Map k a -> Set k
dm'keysSet m = MkSet' (dm'map (const ()) m)

dm'restrictKeys :: Ord k => Map k a -> Set k -> Map k a
dm'restrictKeys m s = dm'filterWithKey (\k _ -> dm'member k (ds'unSet s)) m

dm'withoutKeys :: Ord k => Map k a -> Set k -> Map k a
dm'withoutKeys m s = dm'filterWithKey (\k _ -> dm'notMember k (ds'unSet s)) m

-- ---------------------------------------------------------------- Data.Set (a Map to ())
-- Names starting ds' are Data.Set's (imported as Data.Set.name). The balancing is the Map's.

newtype Set a = MkSet' (Map a ())

ds'unSet :: Set a -> Map a ()
ds'unSet (MkSet' m) = m

ds'empty :: Set a
ds'empty = MkSet' Tip'

ds'singleton :: a -> Set a
ds'singleton x = MkSet' (dm'singleton x ())

ds'fromList :: Ord a => [a] -> Set a
ds'fromList xs = MkSet' (dm'fromList [(x, ()) | x <- xs])  -- linear for ascending elements, as Map's

ds'fromAscList :: Ord a => [a] -> Set a
ds'fromAscList xs = ds'fromList xs

ds'fromDistinctAscList :: Ord a => [a] -> Set a
ds'fromDistinctAscList xs = ds'fromList xs

ds'toList :: Set a -> [a]
ds'toList (MkSet' m) = dm'keys m

ds'toAscList :: Set a -> [a]
ds'toAscList s = ds'toList s

ds'toDescList :: Set a -> [a]
ds'toDescList s = reverse (ds'toList s)

ds'elems :: Set a -> [a]
ds'elems s = ds'toList s

ds'member :: Ord a => a -> Set a -> Bool
ds'member x (MkSet' m) = dm'member x m

ds'notMember :: Ord a => a -> Set a -> Bool
ds'notMember x s = not (ds'member x s)

ds'insert :: Ord a => a -> Set a -> Set a
ds'insert x (MkSet' m) = MkSet' (dm'insert x () m)

ds'delete :: Ord a => a -> Set a -> Set a
ds'delete x (MkSet' m) = MkSet' (dm'delete x m)

ds'size :: Set a -> Int
ds'size (MkSet' m) = dm'size m

ds'null :: Set a -> Bool
ds'null (MkSet' m) = dm'null m

ds'union :: Ord a => Set a -> Set a -> Set a
ds'union (MkSet' a) (MkSet' b) = MkSet' (dm'union a b)

ds'unions :: Ord a => [Set a] -> Set a
ds'unions ss = foldl ds'union ds'empty ss

ds'intersection :: Ord a => Set a -> Set a -> Set a
ds'intersection (MkSet' a) (MkSet' b) = MkSet' (dm'intersection a b)

ds'difference :: Ord a => Set a -> Set a -> Set a
ds'difference (MkSet' a) (MkSet' b) = MkSet' (dm'difference a b)

ds'filter :: Ord a => (a -> Bool) -> Set a -> Set a
ds'filter p (MkSet' m) = MkSet' (dm'filterWithKey (\k _ -> p k) m)

ds'partition :: Ord a => (a -> Bool) -> Set a -> (Set a, Set a)
ds'partition p s = (ds'filter p s, ds'filter (not . p) s)

ds'map :: Ord b => (a -> b) -> Set a -> Set b
ds'map f s = ds'fromList (map f (ds'toList s))

ds'foldr :: (a -> b -> b) -> b -> Set a -> b
ds'foldr f z (MkSet' m) = dm'foldrWithKey (\k _ r -> f k r) z m

ds'foldl :: (b -> a -> b) -> b -> Set a -> b
ds'foldl f z s = foldl f z (ds'toList s)

ds'findMin :: Set a -> a
ds'findMin (MkSet' Tip') = containersError "Set.findMin: empty set has no minimal element" "Set" "790:17"
ds'findMin (MkSet' m) = fst (dm'findMin m)

ds'findMax :: Set a -> a
ds'findMax (MkSet' Tip') = containersError "Set.findMax: empty set has no maximal element" "Set" "808:17"
ds'findMax (MkSet' m) = fst (dm'findMax m)

ds'lookupMin :: Set a -> Maybe a
ds'lookupMin (MkSet' m) = fmap fst (dm'lookupMin m)

ds'lookupMax :: Set a -> Maybe a
ds'lookupMax (MkSet' m) = fmap fst (dm'lookupMax m)

ds'deleteMin :: Set a -> Set a
ds'deleteMin (MkSet' m) = MkSet' (dm'deleteMin m)

ds'deleteMax :: Ord a => Set a -> Set a
ds'deleteMax (MkSet' m) = MkSet' (dm'deleteMax m)

ds'minView :: Ord a => Set a -> Maybe (a, Set a)
ds'minView (MkSet' m) = fmap (\((k, _), rest) -> (k, MkSet' rest)) (dm'minViewWithKey m)

ds'maxView :: Ord a => Set a -> Maybe (a, Set a)
ds'maxView (MkSet' m) = fmap (\((k, _), rest) -> (k, MkSet' rest)) (dm'maxViewWithKey m)

ds'isSubsetOf :: Ord a => Set a -> Set a -> Bool
ds'isSubsetOf a b = all (\x -> ds'member x b) (ds'toList a)

ds'differenceOp :: Ord a => Set a -> Set a -> Set a
ds'differenceOp a b = ds'difference a b

instance Eq a => Eq (Set a) where
  a == b = ds'toList a == ds'toList b

instance Ord a => Ord (Set a) where
  compare a b = compare (ds'toList a) (ds'toList b)

instance Foldable Set where
  foldableToList' (MkSet' m) = dm'keys m
  foldableNonEmpty' 0 s = nonEmptyOr' (containersMessage' "Set.findMax: empty set has no maximal element" "Set" "808:17") (ds'toList s)
  foldableNonEmpty' 1 s = nonEmptyOr' (containersMessage' "Set.findMin: empty set has no minimal element" "Set" "790:17") (ds'toList s)
  foldableNonEmpty' f s = nonEmptyOr' (emptyName' f ++ ": empty structure") (ds'toList s)

instance Show a => Show (Set a) where
  showsPrec d s = showParen (d > 10) (showString "fromList " . shows (ds'toList s))

-- ---------------------------------------------------------------- Data.Array (a Map from positions)
-- Names starting da' are Data.Array's (imported as Data.Array.name). An array is its bounds, its number
-- of elements and a Map from each element's position (Ix's index) to the element.

class Ord a => Ix a where
  da'range :: (a, a) -> [a]
  da'index :: (a, a) -> a -> Int
  da'inRange :: (a, a) -> a -> Bool
  da'rangeSize :: (a, a) -> Int
  da'rangeSize b = case b of
    (_, h) -> if da'inRange b h then da'index b h + 1 else 0

-- GHC's message for an index out of range (Ix{Int}.index: Index (7) out of range ((0,4))).
da'indexError :: Show a => String -> (a, a) -> a -> b
da'indexError ty b i =
  errorWithoutStackTrace ("Ix{" ++ ty ++ "}.index: Index " ++ showParen True (shows i) (" out of range " ++ showParen True (shows b) ""))

instance Ix Int where
  da'range (l, h) = [l .. h]
  da'index (l, h) i = if l <= i && i <= h then i - l else da'indexError "Int" (l, h) i
  da'inRange (l, h) i = l <= i && i <= h

instance Ix Integer where
  da'range (l, h) = [l .. h]
  da'index (l, h) i = if l <= i && i <= h then fromInteger (i - l) else da'indexError "Integer" (l, h) i
  da'inRange (l, h) i = l <= i && i <= h

instance Ix Char where
  da'range (l, h) = [l .. h]
  da'index (l, h) i = if l <= i && i <= h then fromEnum i - fromEnum l else da'indexError "Char" (l, h) i
  da'inRange (l, h) i = l <= i && i <= h

instance (Ix a, Ix b) => Ix (a, b) where
  da'range ((l1, l2), (u1, u2)) = [(i, j) | i <- da'range (l1, u1), j <- da'range (l2, u2)]
  da'index ((l1, l2), (u1, u2)) (i, j) =
    if da'inRange (l1, u1) i && da'inRange (l2, u2) j
      then da'index (l1, u1) i * da'rangeSize (l2, u2) + da'index (l2, u2) j
      else errorWithoutStackTrace "Error in array index"
  da'inRange ((l1, l2), (u1, u2)) (i, j) = da'inRange (l1, u1) i && da'inRange (l2, u2) j

data Array i e = MkArray' (i, i) Int (Map Int e)

da'listArray :: Ix i => (i, i) -> [e] -> Array i e
da'listArray b xs = let n = da'rangeSize b in MkArray' b n (dm'fromList (zip [0 .. n - 1] xs))

da'array :: Ix i => (i, i) -> [(i, e)] -> Array i e
da'array b ies = MkArray' b (da'rangeSize b) (dm'fromList [(da'index b i, e) | (i, e) <- ies])

da'atOp :: Ix i => Array i e -> i -> e
da'atOp (MkArray' b _ m) i = case dm'lookup (da'index b i) m of
  Just x -> x
  Nothing -> errorWithoutStackTrace "(Array.!): undefined array element"

da'bounds :: Array i e -> (i, i)
da'bounds (MkArray' b _ _) = b

da'indices :: Ix i => Array i e -> [i]
da'indices (MkArray' b _ _) = da'range b

da'elems :: Ix i => Array i e -> [e]
da'elems a = [da'atOp a i | i <- da'indices a]

da'assocs :: Ix i => Array i e -> [(i, e)]
da'assocs a = [(i, da'atOp a i) | i <- da'indices a]

da'updateOp :: Ix i => Array i e -> [(i, e)] -> Array i e
da'updateOp (MkArray' b n m) ies = MkArray' b n (foldl' (\acc (i, e) -> dm'insert (da'index b i) e acc) m ies)

da'accum :: Ix i => (e -> a -> e) -> Array i e -> [(i, a)] -> Array i e
da'accum f (MkArray' b n m) ies =
  MkArray' b n (foldl' (\acc (i, x) -> dm'adjust (\old -> let new = f old x in new `seq` new) (da'index b i) acc) m ies)

da'accumArray :: Ix i => (e -> a -> e) -> e -> (i, i) -> [(i, a)] -> Array i e
da'accumArray f z b ies = da'accum f (da'listArray b (replicate (da'rangeSize b) z)) ies

da'ixmap :: (Ix i, Ix j) => (i, i) -> (i -> j) -> Array j e -> Array i e
da'ixmap b f a = da'listArray b [da'atOp a (f i) | i <- da'range b]

instance Functor (Array i) where
  fmap f (MkArray' b n m) = MkArray' b n (dm'map f m)

instance Traversable (Array i) where
  traverse f (MkArray' b n m) = fmap (MkArray' b n) (traverse f m)

-- In the order of the indices, without Ix (GHC's instance has no context): by position in the map.
instance Foldable (Array i) where
  foldableToList' (MkArray' _ n m) = [dm'findWithDefault (errorWithoutStackTrace "(Array.!): undefined array element") k m | k <- [0 .. n - 1]]
  foldableNonEmpty' f a
    | f == 2 || f == 3 = nonEmptyOr' (emptyName' f ++ ": empty Array") (foldableToList' a)
    | otherwise = nonEmptyOr' (emptyName' f ++ ": empty structure") (foldableToList' a)

instance (Ix i, Eq e) => Eq (Array i e) where
  a == b = da'bounds a == da'bounds b && da'assocs a == da'assocs b

instance (Ix i, Show i, Show e) => Show (Array i e) where
  showsPrec d a = showParen (d > 10) (showString "array " . showsPrec 11 (da'bounds a) . showChar ' ' . showsPrec 11 (da'assocs a))

instance (Show a, Show b, Show c, Show d, Show e) => Show (a, b, c, d, e) where
  showsPrec _ (a, b, c, d, e) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (')' : s)))))

instance (Show a, Show b, Show c, Show d, Show e, Show f) => Show (a, b, c, d, e, f) where
  showsPrec _ (a, b, c, d, e, f) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (')' : s))))))

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g) => Show (a, b, c, d, e, f, g) where
  showsPrec _ (a, b, c, d, e, f, g) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (',' : shows g (')' : s)))))))

instance (Ord a, Ord b, Ord c, Ord d) => Ord (a, b, c, d) where
  compare (a, b, c, d) (e, f, g, h) = compare (a, (b, (c, d))) (e, (f, (g, h)))

instance (Eq a, Eq b, Eq c, Eq d, Eq e) => Eq (a, b, c, d, e) where
  (a, b, c, d, e) == (f, g, h, i, j) = a == f && b == g && c == h && d == i && e == j

instance (Ord a, Ord b, Ord c, Ord d, Ord e) => Ord (a, b, c, d, e) where
  compare (a, b, c, d, e) (a', b', c', d', e') = compare (a, (b, (c, (d, e)))) (a', (b', (c', (d', e'))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f) => Eq (a, b, c, d, e, f) where
  (a, b, c, d, e, f) == (a', b', c', d', e', f') = (a, (b, (c, (d, (e, f))))) == (a', (b', (c', (d', (e', f')))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f) => Ord (a, b, c, d, e, f) where
  compare (a, b, c, d, e, f) (a', b', c', d', e', f') =
    compare (a, (b, (c, (d, (e, f))))) (a', (b', (c', (d', (e', f')))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g) => Eq (a, b, c, d, e, f, g) where
  (a, b, c, d, e, f, g) == (a', b', c', d', e', f', g') =
    (a, (b, (c, (d, (e, (f, g)))))) == (a', (b', (c', (d', (e', (f', g'))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g) => Ord (a, b, c, d, e, f, g) where
  compare (a, b, c, d, e, f, g) (a', b', c', d', e', f', g') =
    compare (a, (b, (c, (d, (e, (f, g)))))) (a', (b', (c', (d', (e', (f', g'))))))

-- Show, Eq and Ord of tuples of 8 to 15 components, as GHC's instances go (compare and == by the nested
-- pairs, as those of 4 to 7).
instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h) => Show (a, b, c, d, e, f, g, h) where
  showsPrec _ (a, b, c, d, e, f, g, h) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (',' : shows g (',' : shows h (')' : s))))))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h) => Eq (a, b, c, d, e, f, g, h) where
  (a, b, c, d, e, f, g, h) == (a', b', c', d', e', f', g', h') =
    (a, (b, (c, (d, (e, (f, (g, h))))))) == (a', (b', (c', (d', (e', (f', (g', h')))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h) => Ord (a, b, c, d, e, f, g, h) where
  compare (a, b, c, d, e, f, g, h) (a', b', c', d', e', f', g', h') =
    compare (a, (b, (c, (d, (e, (f, (g, h))))))) (a', (b', (c', (d', (e', (f', (g', h')))))))

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i) => Show (a, b, c, d, e, f, g, h, i) where
  showsPrec _ (a, b, c, d, e, f, g, h, i) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (',' : shows g (',' : shows h (',' : shows i (')' : s)))))))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i) => Eq (a, b, c, d, e, f, g, h, i) where
  (a, b, c, d, e, f, g, h, i) == (a', b', c', d', e', f', g', h', i') =
    (a, (b, (c, (d, (e, (f, (g, (h, i)))))))) == (a', (b', (c', (d', (e', (f', (g', (h', i'))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i) => Ord (a, b, c, d, e, f, g, h, i) where
  compare (a, b, c, d, e, f, g, h, i) (a', b', c', d', e', f', g', h', i') =
    compare (a, (b, (c, (d, (e, (f, (g, (h, i)))))))) (a', (b', (c', (d', (e', (f', (g', (h', i'))))))))

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j) => Show (a, b, c, d, e, f, g, h, i, j) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (',' : shows g (',' : shows h (',' : shows i (',' : shows j (')' : s))))))))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j) => Eq (a, b, c, d, e, f, g, h, i, j) where
  (a, b, c, d, e, f, g, h, i, j) == (a', b', c', d', e', f', g', h', i', j') =
    (a, (b, (c, (d, (e, (f, (g, (h, (i, j))))))))) == (a', (b', (c', (d', (e', (f', (g', (h', (i', j')))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j) => Ord (a, b, c, d, e, f, g, h, i, j) where
  compare (a, b, c, d, e, f, g, h, i, j) (a', b', c', d', e', f', g', h', i', j') =
    compare (a, (b, (c, (d, (e, (f, (g, (h, (i, j))))))))) (a', (b', (c', (d', (e', (f', (g', (h', (i', j')))))))))

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j, Show k) => Show (a, b, c, d, e, f, g, h, i, j, k) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (',' : shows g (',' : shows h (',' : shows i (',' : shows j (',' : shows k (')' : s)))))))))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k) => Eq (a, b, c, d, e, f, g, h, i, j, k) where
  (a, b, c, d, e, f, g, h, i, j, k) == (a', b', c', d', e', f', g', h', i', j', k') =
    (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, k)))))))))) == (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', k'))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k) => Ord (a, b, c, d, e, f, g, h, i, j, k) where
  compare (a, b, c, d, e, f, g, h, i, j, k) (a', b', c', d', e', f', g', h', i', j', k') =
    compare (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, k)))))))))) (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', k'))))))))))

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j, Show k, Show l) => Show (a, b, c, d, e, f, g, h, i, j, k, l) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k, l) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (',' : shows g (',' : shows h (',' : shows i (',' : shows j (',' : shows k (',' : shows l (')' : s))))))))))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k, Eq l) => Eq (a, b, c, d, e, f, g, h, i, j, k, l) where
  (a, b, c, d, e, f, g, h, i, j, k, l) == (a', b', c', d', e', f', g', h', i', j', k', l') =
    (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, l))))))))))) == (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', (k', l')))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k, Ord l) => Ord (a, b, c, d, e, f, g, h, i, j, k, l) where
  compare (a, b, c, d, e, f, g, h, i, j, k, l) (a', b', c', d', e', f', g', h', i', j', k', l') =
    compare (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, l))))))))))) (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', (k', l')))))))))))

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j, Show k, Show l, Show m) => Show (a, b, c, d, e, f, g, h, i, j, k, l, m) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k, l, m) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (',' : shows g (',' : shows h (',' : shows i (',' : shows j (',' : shows k (',' : shows l (',' : shows m (')' : s)))))))))))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k, Eq l, Eq m) => Eq (a, b, c, d, e, f, g, h, i, j, k, l, m) where
  (a, b, c, d, e, f, g, h, i, j, k, l, m) == (a', b', c', d', e', f', g', h', i', j', k', l', m') =
    (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, m)))))))))))) == (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', (k', (l', m'))))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k, Ord l, Ord m) => Ord (a, b, c, d, e, f, g, h, i, j, k, l, m) where
  compare (a, b, c, d, e, f, g, h, i, j, k, l, m) (a', b', c', d', e', f', g', h', i', j', k', l', m') =
    compare (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, m)))))))))))) (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', (k', (l', m'))))))))))))

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j, Show k, Show l, Show m, Show n) => Show (a, b, c, d, e, f, g, h, i, j, k, l, m, n) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k, l, m, n) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (',' : shows g (',' : shows h (',' : shows i (',' : shows j (',' : shows k (',' : shows l (',' : shows m (',' : shows n (')' : s))))))))))))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k, Eq l, Eq m, Eq n) => Eq (a, b, c, d, e, f, g, h, i, j, k, l, m, n) where
  (a, b, c, d, e, f, g, h, i, j, k, l, m, n) == (a', b', c', d', e', f', g', h', i', j', k', l', m', n') =
    (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, (m, n))))))))))))) == (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', (k', (l', (m', n')))))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k, Ord l, Ord m, Ord n) => Ord (a, b, c, d, e, f, g, h, i, j, k, l, m, n) where
  compare (a, b, c, d, e, f, g, h, i, j, k, l, m, n) (a', b', c', d', e', f', g', h', i', j', k', l', m', n') =
    compare (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, (m, n))))))))))))) (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', (k', (l', (m', n')))))))))))))

instance (Show a, Show b, Show c, Show d, Show e, Show f, Show g, Show h, Show i, Show j, Show k, Show l, Show m, Show n, Show o) => Show (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) where
  showsPrec _ (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) s = '(' : shows a (',' : shows b (',' : shows c (',' : shows d (',' : shows e (',' : shows f (',' : shows g (',' : shows h (',' : shows i (',' : shows j (',' : shows k (',' : shows l (',' : shows m (',' : shows n (',' : shows o (')' : s)))))))))))))))

instance (Eq a, Eq b, Eq c, Eq d, Eq e, Eq f, Eq g, Eq h, Eq i, Eq j, Eq k, Eq l, Eq m, Eq n, Eq o) => Eq (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) where
  (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) == (a', b', c', d', e', f', g', h', i', j', k', l', m', n', o') =
    (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, (m, (n, o)))))))))))))) == (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', (k', (l', (m', (n', o'))))))))))))))

instance (Ord a, Ord b, Ord c, Ord d, Ord e, Ord f, Ord g, Ord h, Ord i, Ord j, Ord k, Ord l, Ord m, Ord n, Ord o) => Ord (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) where
  compare (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o) (a', b', c', d', e', f', g', h', i', j', k', l', m', n', o') =
    compare (a, (b, (c, (d, (e, (f, (g, (h, (i, (j, (k, (l, (m, (n, o)))))))))))))) (a', (b', (c', (d', (e', (f', (g', (h', (i', (j', (k', (l', (m', (n', o'))))))))))))))
-- Read for lists, tuples, Maybe and Bool (Haskell 2010's derived forms: spaces between tokens, and
-- parentheses around a value).
readToken :: String -> String -> [String]
readToken tok s = case stripPrefix tok (dropWhile isSpace s) of
  Just rest -> [rest]
  Nothing -> []

readParens :: (String -> [(a, String)]) -> String -> [(a, String)]
readParens r s = r s ++ [(x, u) | t <- readToken "(" s, (x, t') <- readParens r t, u <- readToken ")" t']

readListItems :: Read a => String -> [([a], String)]
readListItems s = [([], t) | t <- readToken "]" s] ++
  [(x : xs, u) | (x, t) <- readsPrec 0 s, (xs, u) <- readMore t]
  where
    readMore t = [([], u) | u <- readToken "]" t] ++
      [(y : ys, w) | u <- readToken "," t, (y, v) <- readsPrec 0 u, (ys, w) <- readMore v]

instance Read a => Read [a] where
  readsPrec _ s = readList s

-- Char's literals as Haskell 2010 writes them (report 2.6), and a String's as a string literal or as a
-- list of characters; what show writes reads back.
instance Read Char where
  readsPrec _ s = readParens (\t -> [(c, u) | ('\'' : r) <- [dropWhile isSpace t], (Just c, '\'' : u) <- readLitChar r]) s
  readList s = readParens (\t -> [r | ('"' : body) <- [dropWhile isSpace t], r <- readStringBody body]) s ++
    readParens (\t -> [r | u <- readToken "[" t, r <- readListItems u]) s

readStringBody :: String -> [(String, String)]
readStringBody ('"' : r) = [("", r)]
readStringBody ('\\' : c : r)
  | isSpace c = case dropWhile isSpace r of
      ('\\' : r') -> readStringBody r'
      _ -> []
readStringBody s = [(maybe cs (: cs) mc, u) | (mc, r) <- readLitChar s, (cs, u) <- readStringBody r]

-- One character of a literal: Nothing for the empty escape \&.
readLitChar :: String -> [(Maybe Char, String)]
readLitChar ('\\' : rest) = readEscape rest
readLitChar (c : rest) = [(Just c, rest)]
readLitChar [] = []

readEscape :: String -> [(Maybe Char, String)]
readEscape ('&' : r) = [(Nothing, r)]
readEscape ('^' : c : r) | c >= '@' && c <= '_' = [(Just (chr (ord c - 64)), r)]
readEscape ('x' : s@(d : _)) | isHexDigit d = escapeNumber 16 (span isHexDigit s)
readEscape ('o' : s@(d : _)) | isOctDigit d = escapeNumber 8 (span isOctDigit s)
readEscape s@(d : _) | isDigit d = escapeNumber 10 (span isDigit s)
readEscape (c : r) | c `elem` "abfnrtv\\\"'" = [(Just (simpleEscape c), r)]
readEscape s = take 1 [(Just (chr n), r) | (n, name) <- namedEscapes, Just r <- [stripPrefix name s]]

escapeNumber :: Int -> (String, String) -> [(Maybe Char, String)]
escapeNumber base (ds, r) =
  let n = foldl (\a c -> a * primIntToInteger base + primIntToInteger (digitToInt c)) 0 ds
  in if n > 1114111 then [] else [(Just (chr (primIntegerToInt n)), r)]

simpleEscape :: Char -> Char
simpleEscape c = case c of
  'a' -> '\a'
  'b' -> '\b'
  'f' -> '\f'
  'n' -> '\n'
  'r' -> '\r'
  't' -> '\t'
  'v' -> '\v'
  _ -> c

-- The control characters' names, longest first (\SOH before \SO), then SP and DEL.
namedEscapes :: [(Int, String)]
namedEscapes = [(n, name) | (n, name) <- zip [0 ..] asciiNames, length name == 3] ++
  [(n, name) | (n, name) <- zip [0 ..] asciiNames, length name == 2] ++ [(32, "SP"), (127, "DEL")]

instance (Read a, Read b) => Read (a, b) where
  readsPrec _ s = readParens (\t -> [((a, b), w) | u <- readToken "(" t, (a, u') <- readsPrec 0 u,
                                                    v <- readToken "," u', (b, v') <- readsPrec 0 v,
                                                    w <- readToken ")" v']) s

instance (Read a, Read b, Read c) => Read (a, b, c) where
  readsPrec _ s = readParens (\t -> [((a, b, c), w) | u <- readToken "(" t, (a, u') <- readsPrec 0 u,
                                                       v <- readToken "," u', (b, v') <- readsPrec 0 v,
                                                       x <- readToken "," v', (c, x') <- readsPrec 0 x,
                                                       w <- readToken ")" x']) s

instance Read () where
  readsPrec _ s = readParens (\t -> [((), v) | u <- readToken "(" t, v <- readToken ")" u]) s

instance Read Ordering where
  readsPrec _ s = readParens (\t -> [(LT, u) | u <- readToken "LT" t] ++ [(EQ, u) | u <- readToken "EQ" t] ++
                                    [(GT, u) | u <- readToken "GT" t]) s

-- As Maybe's: a constructor's argument at precedence 11, the whole in parentheses at 0 again.
instance (Read a, Read b) => Read (Either a b) where
  readsPrec d s =
    (if d > 10 then [] else [(Left x, v) | u <- readToken "Left" s, (x, v) <- readsPrec 11 u] ++
                            [(Right x, v) | u <- readToken "Right" s, (x, v) <- readsPrec 11 u]) ++
    [(x, u) | t <- readToken "(" s, (x, t') <- readsPrec 0 t, u <- readToken ")" t']

instance Read Bool where
  readsPrec _ s = readParens (\t -> [(True, u) | u <- readToken "True" t] ++ [(False, u) | u <- readToken "False" t]) s

-- Inside parentheses a value is read at precedence 0 again: "Just (Just 5)".
instance Read a => Read (Maybe a) where
  readsPrec d s = [(Nothing, u) | u <- readToken "Nothing" s] ++
    (if d > 10 then [] else [(Just x, v) | u <- readToken "Just" s, (x, v) <- readsPrec 11 u]) ++
    [(x, u) | t <- readToken "(" s, (x, t') <- readsPrec 0 t, u <- readToken ")" t']

-- ---------------------------------------------------------------- Double

-- A Double is the core's word holding its IEEE 754 bit pattern; the primitives are the runtime's
-- correctly rounded binary64 routines (runtime/float64.c). The classes are the Haskell 2010 Prelude's,
-- less Rational: Real's toRational and Fractional's fromRational are replaced by conversions through
-- Double (realToFrac goes through it), which is exact for the one instance there is.
infixr 8 **, ^^
infixl 7 /

class Num a => Fractional a where
  (/) :: a -> a -> a
  recip :: a -> a
  fromDouble :: Double -> a
  recip x = fromDouble 1.0 / x
  x / y = x * recip y

class Fractional a => Floating a where
  pi :: a
  exp :: a -> a
  log :: a -> a
  sqrt :: a -> a
  (**) :: a -> a -> a
  logBase :: a -> a -> a
  sin :: a -> a
  cos :: a -> a
  tan :: a -> a
  asin :: a -> a
  acos :: a -> a
  atan :: a -> a
  sinh :: a -> a
  cosh :: a -> a
  tanh :: a -> a
  asinh :: a -> a
  acosh :: a -> a
  atanh :: a -> a
  log1p :: a -> a
  expm1 :: a -> a
  log1pexp :: a -> a
  log1mexp :: a -> a
  x ** y = exp (log x * y)
  logBase x y = log y / log x
  sqrt x = x ** fromDouble 0.5
  tan x = sin x / cos x
  tanh x = sinh x / cosh x
  asinh x = log (x + sqrt (x * x + fromDouble 1.0))
  acosh x = log (x + sqrt (x * x - fromDouble 1.0))
  atanh x = fromDouble 0.5 * log ((fromDouble 1.0 + x) / (fromDouble 1.0 - x))
  log1p x = log (fromDouble 1.0 + x)
  expm1 x = exp x - fromDouble 1.0
  log1pexp x = log1p (exp x)
  log1mexp x = log1p (negate (exp x))

class (Num a, Ord a) => Real a where
  toDouble :: a -> Double

class (Real a, Fractional a) => RealFrac a where
  properFractionInteger :: a -> (Integer, a)

class (RealFrac a, Floating a) => RealFloat a where
  isNaN :: a -> Bool
  isInfinite :: a -> Bool
  isNegativeZero :: a -> Bool
  atan2 :: a -> a -> a
  floatRadix :: a -> Integer
  floatDigits :: a -> Int
  floatRange :: a -> (Int, Int)
  decodeFloat :: a -> (Integer, Int)
  encodeFloat :: Integer -> Int -> a
  isDenormalized :: a -> Bool
  isIEEE :: a -> Bool
  exponent :: a -> Int
  significand :: a -> a
  scaleFloat :: Int -> a -> a
  exponent x = let (m, n) = decodeFloat x in if m == 0 then 0 else n + floatDigits x
  significand x = let (m, _) = decodeFloat x in encodeFloat m (negate (floatDigits x))

instance Real Integer where
  toDouble n = primIntegerToDouble n

instance Real Int where
  toDouble n = primIntegerToDouble (primIntToInteger n)

instance Real Double where
  toDouble x = x

instance Eq Double where
  x == y = primDoubleEq x y
  x /= y = not (primDoubleEq x y)

-- GHC's: every comparison with a NaN is False, and compare gives GT.
instance Ord Double where
  x < y = primDoubleLt x y
  x <= y = primDoubleLe x y
  x > y = primDoubleLt y x
  x >= y = primDoubleLe y x
  compare x y = if primDoubleLt x y then LT else if primDoubleEq x y then EQ else GT

instance Num Double where
  x + y = primDoubleAdd x y
  x - y = primDoubleSub x y
  x * y = primDoubleMul x y
  negate x = primDoubleNeg x
  abs x = primDoubleFabs x
  signum x = if primDoubleLt 0.0 x then 1.0 else if primDoubleLt x 0.0 then -1.0 else x
  fromInteger n = primIntegerToDouble n

instance Fractional Double where
  x / y = primDoubleDiv x y
  recip x = primDoubleDiv 1.0 x
  fromDouble x = x

instance Floating Double where
  pi = 3.141592653589793
  exp x = primDoubleExp x
  log x = primDoubleLog x
  sqrt x = primDoubleSqrt x
  x ** y = primDoublePow x y
  logBase b x = primDoubleDiv (primDoubleLog x) (primDoubleLog b)
  sin x = primDoubleSin x
  cos x = primDoubleCos x
  tan x = primDoubleTan x
  asin x = primDoubleAsin x
  acos x = primDoubleAcos x
  atan x = primDoubleAtan x
  sinh x = primDoubleSinh x
  cosh x = primDoubleCosh x
  tanh x = primDoubleTanh x
  asinh x = primDoubleAsinh x
  acosh x = primDoubleAcosh x
  atanh x = primDoubleAtanh x
  log1p x = primDoubleLog1p x
  expm1 x = primDoubleExpm1 x
  -- GHC's: log (1 + e^x) without the rounding of 1 + e^x where it matters, log (1 - e^x) likewise
  log1pexp a
    | a <= 18.0 = log1p (exp a)
    | a <= 100.0 = a + exp (negate a)
    | otherwise = a
  log1mexp a
    | a > negate (log 2.0) = log (negate (expm1 a))
    | otherwise = log1p (negate (exp a))

instance RealFrac Double where
  properFractionInteger x = let n = doubleToInteger x in (n, x - primIntegerToDouble n)

instance RealFloat Double where
  isNaN x = not (primDoubleEq x x)
  isInfinite x = primDoubleEq (primDoubleFabs x) (1.0 / 0.0)
  isNegativeZero x = primDoubleEq x 0.0 && primDoubleBits x >= 9223372036854775808
  atan2 y x = doubleAtan2 y x
  floatRadix _ = 2
  floatDigits _ = 53
  floatRange _ = (-1021, 1024)
  decodeFloat x = decodeDouble x
  encodeFloat m e = encodeDouble m e
  isDenormalized x = x /= 0.0 && primDoubleLt (primDoubleFabs x) 2.2250738585072014e-308
  isIEEE _ = True
  -- GHC's: a zero, an infinity and a NaN unchanged, else the exponent moved by k clamped to +-2257
  scaleFloat k x
    | k == 0 || x == 0.0 || isNaN x || isInfinite x = x
    | otherwise = let (m, n) = decodeDouble x in encodeDouble m (n + max (-2257) (min 2257 k))

-- GHC's decodeFloat at Double: x = m * 2^e with |m| of 53 bits (a subnormal's normalised too), (0, 0)
-- for a zero; an infinity and a NaN are taken apart as if their exponent field were an ordinary one.
decodeDouble :: Double -> (Integer, Int)
decodeDouble x =
  let b = primDoubleBits x
      neg = b >= 9223372036854775808
      a = if neg then b - 9223372036854775808 else b
      biased = a `quot` 4503599627370496
      f = a `rem` 4503599627370496
      (m, e) = if biased == 0 then normalizeSubnormal f (-1074) else (f + 4503599627370496, fromInteger biased - 1075)
  in if a == 0 then (0, 0) else (if neg then negate m else m, e)

normalizeSubnormal :: Integer -> Int -> (Integer, Int)
normalizeSubnormal f e = if f >= 4503599627370496 then (f, e) else normalizeSubnormal (f * 2) (e - 1)

-- GHC's encodeFloat at Double: the Integer rounded to a double, then scaled by 2^e with one rounding
-- (C's ldexp), worked out on the bits: a normal result is exact, a subnormal one rounded half to even.
encodeDouble :: Integer -> Int -> Double
encodeDouble m e
  | m == 0 = 0.0
  | otherwise =
      let (md, nd) = decodeDouble (primIntegerToDouble m)
          sign = if md < 0 then 9223372036854775808 else 0
          a = abs md
          t = nd + e
      in if t > 971 then (if md < 0 then -1.0 / 0.0 else 1.0 / 0.0)
         else if t >= -1074 then primDoubleFromBits (sign + toInteger (t + 1075) * 4503599627370496 + a - 4503599627370496)
         else primDoubleFromBits (sign + roundShift a (min 60 (-1074 - t)))

-- a / 2^k rounded half to even.
roundShift :: Integer -> Int -> Integer
roundShift a k =
  let p = 2 ^ k
      q = a `quot` p
      r = a `rem` p
      half = p `quot` 2
  in if r > half || (r == half && odd q) then q + 1 else q

-- The integer part, toward zero: below 2^63 the runtime's conversion, above it halved until it fits (a
-- halving is exact) and doubled back as an Integer; past the Engine's 50 digits (an infinity and a NaN
-- too) the doubling stops the run with the overflow trap.
doubleToInteger :: Double -> Integer
doubleToInteger x = doubleToIntegerScaled x 1

doubleToIntegerScaled :: Double -> Integer -> Integer
doubleToIntegerScaled x k =
  if primDoubleLt (primDoubleFabs x) 9.223372036854775e18
    then primDoubleToInteger x * k
    else let k2 = k * 2 in k2 `seq` doubleToIntegerScaled (primDoubleDiv x 2.0) k2

-- GHC's atan2 for Double (GHC.Float's RealFloat default), in terms of atan.
doubleAtan2 :: Double -> Double -> Double
doubleAtan2 y x
  | x > 0 = atan (y / x)
  | x == 0 && y > 0 = pi / 2
  | x < 0 && y > 0 = pi + atan (y / x)
  | (x <= 0 && y < 0) || (x < 0 && isNegativeZero y) || (isNegativeZero x && isNegativeZero y) = negate (doubleAtan2 (negate y) x)
  | y == 0 && (x < 0 || isNegativeZero x) = pi
  | x == 0 && y == 0 = y
  | otherwise = x + y

properFraction :: (RealFrac a, Integral b) => a -> (b, a)
properFraction x = let (n, r) = properFractionInteger x in (fromInteger n, r)

truncate :: (RealFrac a, Integral b) => a -> b
truncate x = fromInteger (fst (properFractionInteger x))

-- Haskell 2010's round: to the nearest integer, a half to the even one.
round :: (RealFrac a, Integral b) => a -> b
round x =
  let (n, r) = properFractionInteger x
      m = if r < fromInteger 0 then n - 1 else n + 1
      half = abs r - fromDouble 0.5
  in fromInteger (if half < fromInteger 0 then n else if half > fromInteger 0 then m else if even n then n else m)

floor :: (RealFrac a, Integral b) => a -> b
floor x = let (n, r) = properFractionInteger x in fromInteger (if r < fromInteger 0 then n - 1 else n)

ceiling :: (RealFrac a, Integral b) => a -> b
ceiling x = let (n, r) = properFractionInteger x in fromInteger (if r > fromInteger 0 then n + 1 else n)

realToFrac :: (Real a, Fractional b) => a -> b
realToFrac x = fromDouble (toDouble x)

(^^) :: (Fractional a, Integral b) => a -> b -> a
x ^^ n = if n >= fromInteger 0 then x ^ n else recip (x ^ negate n)

instance Enum Double where
  succ x = x + 1
  pred x = x - 1
  toEnum n = primIntegerToDouble (primIntToInteger n)
  fromEnum x = fromInteger (doubleToInteger x)
  enumFrom x = doubleEnumFrom x 0
  enumFromThen x y = doubleEnumFromThen x (y - x) 0
  enumFromTo x y = takeWhile (<= y + 0.5) (doubleEnumFrom x 0)
  enumFromThenTo x y z =
    let mid = (y - x) / 2
    in takeWhile (if y >= x then (<= z + mid) else (>= z + mid)) (doubleEnumFromThen x (y - x) 0)

-- GHC's numericEnumFrom and numericEnumFromThen: the k-th element is x + k (x + k * step), not a sum
-- of steps, so the error does not grow along the list.
doubleEnumFrom :: Double -> Double -> [Double]
doubleEnumFrom x k = (x + k) : doubleEnumFrom x (k + 1)

doubleEnumFromThen :: Double -> Double -> Double -> [Double]
doubleEnumFromThen x step k = (x + k * step) : doubleEnumFromThen x step (k + 1)

-- GHC's show: showSignedFloat (parentheses at precedence above 6 when negative) of formatRealFloat's
-- generic format: the shortest digits that read back (floatToDigits), fixed for 0.1 <= x < 10^7.
instance Show Double where
  showsPrec d x r =
    if (x < 0 || isNegativeZero x) && d > 6 then '(' : showDouble x (')' : r) else showDouble x r

showDouble :: Double -> String -> String
showDouble x r
  | isNaN x = "NaN" ++ r
  | isInfinite x = (if x < 0 then "-Infinity" else "Infinity") ++ r
  | x < 0 || isNegativeZero x = '-' : showDigits (negate x) r
  | otherwise = showDigits x r

showDigits :: Double -> String -> String
showDigits x r =
  if x == 0 then '0' : '.' : '0' : r
  else
    let code = primDoubleShortest x
        ds = showInteger (code `quot` 1000) ""
        e = code `rem` 1000 - 400
    in if e < 0 || e > 7 then showExponent ds (e - 1) r else showFixed ds e r

showExponent :: String -> Integer -> String -> String
showExponent (d : ds) e r = d : '.' : (if null ds then "0" else ds) ++ 'e' : showInteger e r

-- 0 <= e <= 7: the first e digits before the point (zeros added, or 0), the rest (or 0) after it.
showFixed :: String -> Integer -> String -> String
showFixed ds 0 r = '0' : '.' : ds ++ r
showFixed ds e r =
  let n = fromInteger e
      whole = take n (ds ++ replicate n '0')
      frac = drop n ds
  in whole ++ '.' : (if null frac then "0" else frac) ++ r

-- read as GHC's lexer reads a number: digits, optionally a point and digits, optionally e or E with a
-- sign and digits; also NaN and Infinity; a minus sign before any of them. The double nearest to the
-- decimal comes from the runtime (its first 40 significant digits and whether any other is not 0).
instance Read Double where
  readsPrec _ s = readParens readSignedDouble s

readSignedDouble :: String -> [(Double, String)]
readSignedDouble s = case dropWhile isSpace s of
  ('-' : rest) -> [(negate x, t) | (x, t) <- readUnsignedDouble rest]
  rest -> readUnsignedDouble rest

readUnsignedDouble :: String -> [(Double, String)]
readUnsignedDouble ('N' : 'a' : 'N' : t) = [(0 / 0, t)]
readUnsignedDouble ('I' : 'n' : 'f' : 'i' : 'n' : 'i' : 't' : 'y' : t) = [(1 / 0, t)]
readUnsignedDouble s = case span isDigit s of
  ([], _) -> []
  (whole, t) ->
    let (frac, t2) = readFraction t
        (ex, t3) = readExponent t2
    in [(decimalToDouble (whole ++ frac) (ex - primIntToInteger (length frac)), t3)]

readFraction :: String -> (String, String)
readFraction ('.' : rest@(c : _)) | isDigit c = span isDigit rest
readFraction t = ("", t)

readExponent :: String -> (Integer, String)
readExponent (e : rest)
  | e == 'e' || e == 'E' = case rest of
      ('-' : u) -> withDigits negate u
      ('+' : u) -> withDigits id u
      u -> withDigits id u
  where
    withDigits f u = case readDigits u of
      [(n, v)] -> (f n, v)
      _ -> (0, e : rest)
readExponent t = (0, t)

-- The digits (a String) times 10^e.
decimalToDouble :: String -> Integer -> Double
decimalToDouble ds e =
  let significant = dropWhile (== '0') ds
      n = primIntToInteger (length significant)
      kept = take 40 significant
      more = if any (/= '0') (drop 40 significant) then 1 else 0
      d = foldl (\a c -> a * 10 + primIntToInteger (primOrd c - 48)) 0 kept
  in if null significant then 0 else primDoubleFromDecimal d ((n + e + 100000) * 2 + more)

-- Numeric: showEFloat, showFFloat and showGFloat as GHC's formatRealFloat writes them (from the shortest
-- digits that read back, floatToDigits's, rounded by roundTo half to even on a digit list), showHex,
-- showOct and showIntAtBase.
showEFloat :: RealFloat a => Maybe Int -> a -> ShowS
showEFloat d x = showString (numericFormat 'e' d (toDouble x))

showFFloat :: RealFloat a => Maybe Int -> a -> ShowS
showFFloat d x = showString (numericFormat 'f' d (toDouble x))

showGFloat :: RealFloat a => Maybe Int -> a -> ShowS
showGFloat d x = showString (numericFormat 'g' d (toDouble x))

numericFormat :: Char -> Maybe Int -> Double -> String
numericFormat fmt decs x
  | isNaN x = "NaN"
  | isInfinite x = if x < 0 then "-Infinity" else "Infinity"
  | x < 0 || isNegativeZero x = '-' : numericDoFmt fmt decs (numericDigits (negate x))
  | otherwise = numericDoFmt fmt decs (numericDigits x)

-- floatToDigits 10 of a non-negative double: its shortest digits and exponent, ([0], 0) for a zero.
numericDigits :: Double -> ([Int], Int)
numericDigits x =
  if x == 0 then ([0], 0)
  else
    let code = primDoubleShortest x
    in (map digitToInt (showInteger (code `quot` 1000) ""), fromInteger (code `rem` 1000 - 400))

numericDoFmt :: Char -> Maybe Int -> ([Int], Int) -> String
numericDoFmt 'g' decs (is, e) = numericDoFmt (if e < 0 || e > 7 then 'e' else 'f') decs (is, e)
numericDoFmt 'e' Nothing (is, e) =
  case map intToDigit is of
    "0" -> "0.0e0"
    [d] -> d : ".0e" ++ show (e - 1)
    (d : ds) -> d : '.' : ds ++ "e" ++ show (e - 1)
numericDoFmt 'e' (Just dec) (is, e)
  | dec <= 0 = case is of
      [0] -> "0e0"
      _ -> let (ei, is') = numericRoundTo 1 is
               n = head (map intToDigit (if ei > 0 then init is' else is'))
           in n : 'e' : show (e - 1 + ei)
  | otherwise = case is of
      [0] -> '0' : '.' : replicate dec '0' ++ "e0"
      _ -> let (ei, is') = numericRoundTo (dec + 1) is
               ds = map intToDigit (if ei > 0 then init is' else is')
           in head ds : '.' : tail ds ++ 'e' : show (e - 1 + ei)
numericDoFmt _ Nothing (is, e)
  | e <= 0 = "0." ++ replicate (negate e) '0' ++ map intToDigit is
  | otherwise = numericFixed e "" (map intToDigit is)
numericDoFmt _ (Just dec) (is, e) =
  let dec' = max dec 0
  in if e >= 0
       then let (ei, is') = numericRoundTo (dec' + e) is
                (ls, rs) = splitAt (e + ei) (map intToDigit is')
            in numericMk0 ls ++ (if null rs then "" else '.' : rs)
       else let (ei, is') = numericRoundTo dec' (replicate (negate e) 0 ++ is)
                ds = map intToDigit (if ei > 0 then is' else 0 : is')
            in head ds : (if null (tail ds) then "" else '.' : tail ds)

numericFixed :: Int -> String -> String -> String
numericFixed 0 s rs = numericMk0 (reverse s) ++ '.' : numericMk0 rs
numericFixed n s "" = numericFixed (n - 1) ('0' : s) ""
numericFixed n s (r : rs) = numericFixed (n - 1) (r : s) rs

numericMk0 :: String -> String
numericMk0 "" = "0"
numericMk0 ls = ls

-- GHC's roundTo in base 10: the first d digits rounded (a half to even), and 1 when they carried out.
numericRoundTo :: Int -> [Int] -> (Int, [Int])
numericRoundTo d is =
  case numericRoundF d True is of
    (0, xs) -> (0, xs)
    (_, xs) -> (1, 1 : xs)

numericRoundF :: Int -> Bool -> [Int] -> (Int, [Int])
numericRoundF n _ [] = (0, replicate n 0)
numericRoundF 0 e (x : xs)
  | x == 5 && e && all (== 0) xs = (0, [])
  | otherwise = (if x >= 5 then 1 else 0, [])
numericRoundF n _ (i : xs) =
  let (c, ds) = numericRoundF (n - 1) (even i) xs
      i' = c + i
  in if i' == 10 then (1, 0 : ds) else (0, i' : ds)

showHex :: Integral a => a -> ShowS
showHex n = showIntAtBase 16 intToDigit n

showOct :: Integral a => a -> ShowS
showOct n = showIntAtBase 8 intToDigit n

showInt :: Integral a => a -> ShowS
showInt n r
  | n < 0 = errorWithoutStackTrace "Numeric.showInt: can't show negative numbers"
  | otherwise = showIntAtBase 10 intToDigit n r

showFloat :: RealFloat a => a -> ShowS
showFloat x = showString (show (toDouble x))

showSigned :: Real a => (a -> ShowS) -> Int -> a -> ShowS
showSigned showPos p x
  | x < 0 = showParen (p > 6) (showChar '-' . showPos (negate x))
  | otherwise = showPos x

-- Numeric's readers: the longest run of digits at the very start (no space skipped), as GHC's readIntP;
-- the value is built in the result's type, so an Int wraps as GHC's does.
readInt :: Num a => a -> (Char -> Bool) -> (Char -> Int) -> ReadS a
readInt base isDig valDig s = case span isDig s of
  ([], _) -> []
  (ds, rest) -> [(foldl1 (\n d -> n * base + d) (map (fromIntegral . valDig) ds), rest)]

readHex :: (Eq a, Num a) => ReadS a
readHex = readInt 16 isHexDigit digitToInt

readOct :: (Eq a, Num a) => ReadS a
readOct = readInt 8 isOctDigit digitToInt

readDec :: (Eq a, Num a) => ReadS a
readDec = readInt 10 isDigit digitToInt

-- A number with an optional minus sign, as lex reads tokens (`readSigned readDec "-12 z"`).
readSigned :: Real a => ReadS a -> ReadS a
readSigned readPos = readParen False read'
  where
    read' r = read'' r ++ [(negate x, t) | ("-", s) <- lex r, (x, t) <- read'' s]
    read'' r = [(n, s) | (str, s) <- lex r, (n, "") <- readPos str]

showIntAtBase :: Integral a => a -> (Int -> Char) -> a -> ShowS
showIntAtBase base toChr n0 r0
  | base <= 1 = errorWithoutStackTrace ("Numeric.showIntAtBase: applied to unsupported base " ++ show (toInteger base))
  | n0 < 0 = errorWithoutStackTrace ("Numeric.showIntAtBase: applied to negative number " ++ show (toInteger n0))
  | otherwise = numericShowBase (toInteger base) toChr (toInteger n0) r0

numericShowBase :: Integer -> (Int -> Char) -> Integer -> String -> String
numericShowBase base toChr n rest =
  let (q, d) = quotRem n base
      rest' = toChr (fromInteger d) : rest
  in rest' `seq` (if q == 0 then rest' else numericShowBase base toChr q rest')

-- ---------------------------------------------------------------- Text.Printf
-- printf as base-4.15's Text.Printf: a class of the result (a String, an IO action, or a function taking
-- one more argument), the arguments gathered as values of one type, formatted as GHC's uprintf does (the
-- same flags, widths, precisions and errors). The names with pf' are not visible to programs.

data PrintfValue = PfInt Integer (Maybe Integer) | PfChar Char | PfString String | PfDouble Double

class PrintfArg a where
  pf'arg :: a -> PrintfValue

-- An Int's minBound: a negative bounded number is written unsigned (%x, %o, %b, %u) plus 2^64.
instance PrintfArg Int where
  pf'arg n = PfInt (toInteger n) (Just (toInteger (minBound :: Int)))

instance PrintfArg Integer where
  pf'arg n = PfInt n Nothing

instance PrintfArg Double where
  pf'arg = PfDouble

instance PrintfArg Char where
  pf'arg = PfChar

instance IsChar c => PrintfArg [c] where
  pf'arg s = PfString (map pf'toChar s)

class IsChar c where
  pf'toChar :: c -> Char
  pf'fromChar :: Char -> c

instance IsChar Char where
  pf'toChar c = c
  pf'fromChar c = c

class PrintfType r where
  pf'spr :: String -> [PrintfValue] -> r

instance IsChar c => PrintfType [c] where
  pf'spr fmt args = map pf'fromChar (pf'format fmt (reverse args))

-- GHC's instance is for IO a with a ~ (): the result here is never a value a program can look at.
instance PrintfType (IO a) where
  pf'spr fmt args = putStr (pf'format fmt (reverse args)) >> return (errorWithoutStackTrace "printf: result")

instance (PrintfArg a, PrintfType r) => PrintfType (a -> r) where
  pf'spr fmt args = \x -> pf'spr fmt (pf'arg x : args)

printf :: PrintfType r => String -> r
printf fmt = pf'spr fmt []

pf'error :: String -> a
pf'error s = errorWithoutStackTrace ("printf: " ++ s)

pf'format :: String -> [PrintfValue] -> String
pf'format "" [] = ""
pf'format "" _ = pf'error "formatting string ended prematurely"
pf'format ('%' : '%' : cs) us = '%' : pf'format cs us
pf'format ('%' : _) [] = pf'error "argument list ended prematurely"
pf'format ('%' : cs) us = pf'spec False False ' ' False cs us
pf'format (c : cs) us = c : pf'format cs us

-- The flags: left-adjusted, zero-padded, the sign of a positive number ('+', 's' for a space, ' ' for
-- none), alternate form.
pf'spec :: Bool -> Bool -> Char -> Bool -> String -> [PrintfValue] -> String
pf'spec l z s a ('-' : cs) us = pf'spec True z s a cs us
pf'spec l z _ a ('+' : cs) us = pf'spec l z '+' a cs us
pf'spec l z s a (' ' : cs) us = pf'spec l z (if s == '+' then '+' else 's') a cs us
pf'spec l _ s a ('0' : cs) us = pf'spec l True s a cs us
pf'spec l z s _ ('#' : cs) us = pf'spec l z s True cs us
pf'spec l z s a ('*' : cs) us =
  let (n, us') = pf'star us
      (p, rest, us'') = pf'precision cs us'
  in pf'conv (l || n < 0) z s a (Just (abs n)) p rest us''
pf'spec l z s a cs us =
  let (w, cs') = pf'digits cs
      (p, rest, us') = pf'precision cs' us
  in pf'conv l z s a w p rest us'

pf'digits :: String -> (Maybe Int, String)
pf'digits cs = case span isDigit cs of
  ("", _) -> (Nothing, cs)
  (ds, rest) -> (Just (read ds), rest)

pf'precision :: String -> [PrintfValue] -> (Maybe Int, String, [PrintfValue])
pf'precision ('.' : '*' : cs) us = let (n, us') = pf'star us in (Just n, cs, us')
pf'precision ('.' : cs) us = let (ds, rest) = span isDigit cs in (Just (if null ds then 0 else read ds), rest, us)
pf'precision cs us = (Nothing, cs, us)

pf'star :: [PrintfValue] -> (Int, [PrintfValue])
pf'star [] = pf'error "argument list ended prematurely"
pf'star (PfInt n _ : us) = (fromInteger n, us)
pf'star (_ : _) = pf'error "bad argument"

pf'conv :: Bool -> Bool -> Char -> Bool -> Maybe Int -> Maybe Int -> String -> [PrintfValue] -> String
pf'conv _ _ _ _ _ _ "" _ = pf'error "formatting string ended prematurely"
pf'conv l z s a w p (c : cs) us
  | c `elem` "hlL" = pf'conv l z s a w p cs us
  | otherwise = case us of
      [] -> pf'error "argument list ended prematurely"
      (u : us') -> pf'value l z s a w p c u ++ pf'format cs us'

pf'value :: Bool -> Bool -> Char -> Bool -> Maybe Int -> Maybe Int -> Char -> PrintfValue -> String
pf'value l z s a w p c u = case u of
  PfInt n m -> integral (if c == 'v' then 'd' else c) n m
  PfChar ch -> integral (if c == 'v' then 'c' else c) (toInteger (ord ch)) (Just 0)
  PfString str
    | c == 's' || c == 'v' -> adjust ("", maybe str (\k -> take k str) p)
    | otherwise -> bad c
  PfDouble d
    | c == 'v' -> real 'g' d
    | c `elem` "eEfFgG" -> real c d
    | otherwise -> bad c
  where
    bad ch = pf'error ("bad formatting char " ++ show ch)
    alt pre = if a then Just pre else Nothing
    integral ch n m = case ch of
      'd' -> signed (pf'signedDigits p n)
      'i' -> signed (pf'signedDigits p n)
      'x' -> adjust (pf'unsigned 16 (alt "0x") p m n)
      'X' -> adjust (upper (pf'unsigned 16 (alt "0X") p m n))
      'o' -> adjust (pf'unsigned 8 (alt "0") p m n)
      'b' -> adjust (pf'unsigned 2 (alt "0b") p m n)
      'u' -> signed (pf'unsigned 10 Nothing p m n)
      'c' | n >= 0 && n <= 1114111 && p == Nothing -> adjust ("", [chr (fromInteger n)])
      _ -> bad ch
    upper (pre, str) = (pre, map toUpper str)
    real ch d =
      let shown = (case toLower ch of
            'e' -> showEFloat p d ""
            'f' -> showFFloat p d ""
            _ -> showGFloat p d "")
          cased = if isUpper ch then map toUpper shown else shown
      in signed (case cased of
            ('-' : rest) -> ("-", rest)
            _ -> ("", cased))
    signed (pre, str)
      | null pre && s == '+' = adjust ("+", str)
      | null pre && s == 's' = adjust (" ", str)
      | otherwise = adjust (pre, str)
    adjust (pre, str) =
      let natural = length pre + length str
      in case w of
        Just width | natural < width ->
          if l then pre ++ str ++ replicate (width - natural) ' '
          else if z then pre ++ replicate (width - natural) '0' ++ str
          else replicate (width - natural) ' ' ++ pre ++ str
        _ -> pre ++ str

pf'signedDigits :: Maybe Int -> Integer -> (String, String)
pf'signedDigits p n
  | n < 0 = ("-", pf'integralPrecision p (show (negate n)))
  | otherwise = ("", pf'integralPrecision p (show n))

pf'integralPrecision :: Maybe Int -> String -> String
pf'integralPrecision Nothing ds = ds
pf'integralPrecision (Just 0) "0" = ""
pf'integralPrecision (Just k) ds = replicate (k - length ds) '0' ++ ds

pf'unsigned :: Integer -> Maybe String -> Maybe Int -> Maybe Integer -> Integer -> (String, String)
pf'unsigned base pre p m n =
  let ds = pf'unsignedDigits base p m n
  in case pre of
    Nothing -> ("", ds)
    Just "0" -> if take 1 ds == "0" then ("", ds) else ("0", ds)
    Just prefix -> (prefix, ds)

pf'unsignedDigits :: Integer -> Maybe Int -> Maybe Integer -> Integer -> String
pf'unsignedDigits base p m n
  | n < 0 = case m of
      Just bound -> pf'unsignedDigits base p Nothing (-2 * bound + n)
      Nothing -> pf'error "bad argument"
  | otherwise = pf'integralPrecision p (showIntAtBase base intToDigit n "")
