-- Unannotated numeric literals default to Integer, so large values do not wrap.
main :: IO ()
main = do
  print (2 ^ 70)
  print (product [1 .. 22])
  let n = 10
  print (n * n)
  print (length [1, 2, 3] * 2)
-- expect: 1180591620717411303424
-- expect: 1124000727777607680000
-- expect: 100
-- expect: 6
