-- An operator of the Prelude defined again: its uses are ambiguous too.
infixr 5 ++
(++) :: [a] -> [a] -> [a]
[] ++ ys = ys
(x:xs) ++ ys = x : (xs ++ ys)

main :: IO ()
main = print ([1, 2] ++ [3 :: Int])
-- error: 5:24: Ambiguous occurrence
-- error: 8:22: Ambiguous occurrence
