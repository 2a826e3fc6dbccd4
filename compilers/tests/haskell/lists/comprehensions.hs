-- List comprehensions: generators, guards, local lets, nested generators, patterns.
pythagorean :: Int -> [(Int, Int, Int)]
pythagorean n = [(a, b, c) | c <- [1 .. n], b <- [1 .. c], a <- [1 .. b], a * a + b * b == c * c]

main :: IO ()
main = do
  print [x * x | x <- [1 .. 10], odd x]
  print [(x, y) | x <- [1 .. 3], y <- "ab"]
  print (pythagorean 20)
  print [s | Just s <- [Just 1, Nothing, Just 3]]
  print [y | x <- [1 .. 5], let y = x * 10, y /= 30]
  print [[c | c <- w, c /= 'a'] | w <- words "banana bread and jam"]
  print [x | x <- [1 .. 30], x `mod` 3 == 0, x `mod` 5 == 0]
-- expect: [1,9,25,49,81]
-- expect: [(1,'a'),(1,'b'),(2,'a'),(2,'b'),(3,'a'),(3,'b')]
-- expect: [(3,4,5),(6,8,10),(5,12,13),(9,12,15),(8,15,17),(12,16,20)]
-- expect: [1,3]
-- expect: [10,20,40,50]
-- expect: ["bnn","bred","nd","jm"]
-- expect: [15,30]
