-- Data.List: more functions on lists.

isNil : List a -> Bool
isNil [] = True
isNil _ = False

insertSorted : Ord a => a -> List a -> List a
insertSorted x [] = [x]
insertSorted x (y :: ys) = if x <= y then x :: y :: ys else y :: insertSorted x ys

sort : Ord a => List a -> List a
sort [] = []
sort (x :: xs) = insertSorted x (sort xs)
