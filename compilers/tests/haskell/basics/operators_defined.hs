-- User-defined operators with fixity declarations.
infixl 6 |+|
(|+|) :: (Int, Int) -> (Int, Int) -> (Int, Int)
(a, b) |+| (c, d) = (a + c, b + d)

infixr 5 +++
(+++) :: [a] -> [a] -> [a]
xs +++ ys = foldr (:) ys xs

infixl 7 `times`
times :: Int -> Int -> Int
times a b = a * b

main :: IO ()
main = do
  print ((1, 2) |+| (3, 4) |+| (10, 20))
  print ([1, 2] +++ [3] +++ [4, 5])
  print (2 + 3 `times` 4)
  print ((|+|) (1, 1) (2, 2))
-- expect: (14,26)
-- expect: [1,2,3,4,5]
-- expect: 14
-- expect: (3,3)
