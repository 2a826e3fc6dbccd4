-- Arithmetic sequences: [a..b], [a,b..c], on Int, Integer and Char, including empty and descending ones.
main :: IO ()
main = do
  print [1 .. 10]
  print [1, 3 .. 20]
  print [10, 8 .. 1]
  print [5 .. 1]
  print ['a' .. 'e']
  print ['a', 'c' .. 'k']
  print (take 5 [100 ..])
  print (take 4 [0, 5 ..])
  print [LT ..]
  print (sum [1 .. 1000 :: Int])
-- expect: [1,2,3,4,5,6,7,8,9,10]
-- expect: [1,3,5,7,9,11,13,15,17,19]
-- expect: [10,8,6,4,2]
-- expect: []
-- expect: "abcde"
-- expect: "acegik"
-- expect: [100,101,102,103,104]
-- expect: [0,5,10,15]
-- expect: [LT,EQ,GT]
-- expect: 500500
