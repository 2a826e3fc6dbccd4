-- Data.Vect: lists whose length is in their type. At run time a Vect is a list (the length erased).

data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect len a -> Vect (S len) a

vectLength : Vect n a -> Nat
vectLength [] = Z
vectLength (_ :: xs) = S (vectLength xs)

%alias length vectLength

vectAppend : Vect n a -> Vect m a -> Vect (plus n m) a
vectAppend [] ys = ys
vectAppend (x :: xs) ys = x :: vectAppend xs ys

%alias ++ vectAppend

head : Vect (S n) a -> a
head (x :: _) = x

tail : Vect (S n) a -> Vect n a
tail (_ :: xs) = xs

vectMap : (a -> b) -> Vect n a -> Vect n b
vectMap f [] = []
vectMap f (x :: xs) = f x :: vectMap f xs

implementation Functor (Vect n) where
  map g xs = vectMap g xs

index : Fin n -> Vect n a -> a
index FZ (x :: _) = x
index (FS k) (_ :: xs) = index k xs

replicate : (n : Nat) -> a -> Vect n a
replicate Z _ = []
replicate (S k) x = x :: replicate k x

vectZip : Vect n a -> Vect n b -> Vect n (Pair a b)
vectZip [] [] = []
vectZip (x :: xs) (y :: ys) = MkPair x y :: vectZip xs ys

%alias zip vectZip

plusZeroRightNeutral' : (left : Nat) -> plus left 0 = left
plusZeroRightNeutral' Z = Refl
plusZeroRightNeutral' (S k) = cong S (plusZeroRightNeutral' k)

plusSuccRightSucc' : (left : Nat) -> (right : Nat) -> S (plus left right) = plus left (S right)
plusSuccRightSucc' Z right = Refl
plusSuccRightSucc' (S k) right = cong S (plusSuccRightSucc' k right)

reverseOnto : Vect n a -> Vect m a -> Vect (plus n m) a
reverseOnto {n} acc [] = rewrite plusZeroRightNeutral' n in acc
reverseOnto {n} {m = S k} acc (x :: xs) = rewrite sym (plusSuccRightSucc' n k) in reverseOnto (x :: acc) xs

toList : Vect n a -> List a
toList [] = []
toList (x :: xs) = x :: toList xs

fromList : (xs : List a) -> Vect (length xs) a
fromList [] = []
fromList (x :: xs) = x :: fromList xs

vectFoldr : (a -> b -> b) -> b -> Vect n a -> b
vectFoldr f z [] = z
vectFoldr f z (x :: xs) = f x (vectFoldr f z xs)

%alias foldr vectFoldr

implementation Show a => Show (Vect n a) where
  show xs = show (toList xs)

implementation Eq a => Eq (Vect n a) where
  xs == ys = toList xs == toList ys

zipWith : (a -> b -> c) -> Vect n a -> Vect n b -> Vect n c
zipWith f [] [] = []
zipWith f (x :: xs) (y :: ys) = f x y :: zipWith f xs ys

take : (n : Nat) -> Vect (plus n m) a -> Vect n a
take Z _ = []
take (S k) (x :: xs) = x :: take k xs

drop : (n : Nat) -> Vect (plus n m) a -> Vect m a
drop Z xs = xs
drop (S k) (_ :: xs) = drop k xs

last : Vect (S n) a -> a
last [x] = x
last (_ :: y :: ys) = last (y :: ys)

init : Vect (S n) a -> Vect n a
init [x] = []
init (x :: y :: ys) = x :: init (y :: ys)

vectSum : Num a => Vect n a -> a
vectSum [] = fromInteger 0
vectSum (x :: xs) = x + vectSum xs

%alias sum vectSum

vectFoldl : (b -> a -> b) -> b -> Vect n a -> b
vectFoldl f z [] = z
vectFoldl f z (x :: xs) = vectFoldl f (f z x) xs

%alias foldl vectFoldl

vectReverse : Vect n a -> Vect n a
vectReverse xs = go [] xs
  where
    go : Vect k a -> Vect m a -> Vect (plus k m) a
    go {k} acc [] = rewrite plusZeroRightNeutral' k in acc
    go {k} {m = S j} acc (y :: ys) = rewrite sym (plusSuccRightSucc' k j) in go (y :: acc) ys

%alias reverse vectReverse

vectFilter : (a -> Bool) -> Vect n a -> (m ** Vect m a)
vectFilter keep [] = (_ ** [])
vectFilter keep (x :: xs) =
  let (_ ** rest) = vectFilter keep xs in
      if keep x then (_ ** x :: rest) else (_ ** rest)

%alias filter vectFilter

-- A vector of length m seen at length len, when the two are the same (Idris 2's exactLength).
exactLength : (len : Nat) -> Vect m a -> Maybe (Vect len a)
exactLength Z [] = Just []
exactLength (S k) (x :: xs) = case exactLength k xs of
  Just ys => Just (x :: ys)
  Nothing => Nothing
exactLength _ _ = Nothing
