-- List functions written by pattern matching: length, reverse with an accumulator, and zip.
-- Worked by hand.
-- expect: 4
-- expect: ["d", "c", "b", "a"]
-- expect: [(1, "a"), (2, "b")]
len : List a -> Nat
len []        = Z
len (_ :: xs) = S (len xs)

rev : List a -> List a
rev = go []
  where
    go : List a -> List a -> List a
    go acc []        = acc
    go acc (x :: xs) = go (x :: acc) xs

zipL : List a -> List b -> List (a, b)
zipL (x :: xs) (y :: ys) = (x, y) :: zipL xs ys
zipL _         _         = []

main : IO ()
main = do
  printLn (len ["a", "b", "c", "d"])
  printLn (rev ["a", "b", "c", "d"])
  printLn (zipL (the (List Integer) [1, 2, 3]) ["a", "b"])
