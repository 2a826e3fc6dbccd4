-- let ... in on one line: the layout rule's parse-error(t) case closes the implicit block before in.
main :: IO ()
main = do
  print (let x = 1; y = 2 in x + y)
  let z = let a = 10 in a * a
  print z
  print [let k = n * n in k + 1 | n <- [1, 2, 3]]
-- expect: 3
-- expect: 100
-- expect: [2,5,10]
