-- Pairs and triples: fst, snd, zip, unzip, and matching on tuples.
swap :: (a, b) -> (b, a)
swap (x, y) = (y, x)

addTriple :: (Int, Int, Int) -> Int
addTriple (a, b, c) = a + b + c

main :: IO ()
main = do
  print (fst (1, 'a'), snd (1, 'a'))
  print (swap (True, "yes"))
  print (addTriple (1, 2, 3))
  print (zip [1, 2, 3] "abc")
  print (unzip [(1, 'x'), (2, 'y')])
  print (zip3 [1, 2] [True, False] "pq")
  print ((), ((1, 2), [(3, 4)]))
-- expect: (1,'a')
-- expect: ("yes",True)
-- expect: 6
-- expect: [(1,'a'),(2,'b'),(3,'c')]
-- expect: ([1,2],"xy")
-- expect: [(1,True,'p'),(2,False,'q')]
-- expect: ((),((1,2),[(3,4)]))
