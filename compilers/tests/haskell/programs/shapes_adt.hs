-- Shapes as an algebraic data type with area and perimeter in integers (tenths).
data Shape = Square Int | Rect Int Int | Triangle Int Int Int deriving (Show, Eq)

perimeter :: Shape -> Int
perimeter (Square s) = 4 * s
perimeter (Rect w h) = 2 * (w + h)
perimeter (Triangle a b c) = a + b + c

area2 :: Shape -> Int -- twice the area, so that triangles stay integers
area2 (Square s) = 2 * s * s
area2 (Rect w h) = 2 * w * h
area2 (Triangle a b c) = isqrt (s * (s - 2 * a) * (s - 2 * b) * (s - 2 * c)) `div` 2
  where
    s = a + b + c
    isqrt n = last (takeWhile (\k -> k * k <= n) [0 ..])

main :: IO ()
main = do
  let shapes = [Square 3, Rect 2 5, Triangle 3 4 5]
  mapM_ (\s -> putStrLn (show s ++ ": perimeter " ++ show (perimeter s) ++ ", twice the area " ++ show (area2 s))) shapes
  print (maximum (map perimeter shapes))
-- expect: Square 3: perimeter 12, twice the area 18
-- expect: Rect 2 5: perimeter 14, twice the area 20
-- expect: Triangle 3 4 5: perimeter 12, twice the area 12
-- expect: 14
