-- Data.Array: listArray, array, accumArray, (!), (//), bounds, elems, indices, assocs, fmap, Show as
-- GHC's; an index past the bounds stops with GHC's message.
import Data.Array

main :: IO ()
main = do
  let a = listArray (0, 4) [10, 20, 30, 40, 50] :: Array Int Int
  print a
  print (a ! 2, bounds a, elems a)
  print (a // [(1, 99), (3, 77)])
  let h = accumArray (+) 0 ('a', 'e') [(c, 1) | c <- "abacabad", c <= 'e'] :: Array Char Int
  print h
  print (assocs h, indices h)
  let g = listArray ((0, 0), (1, 2)) "abcdef"
  print g
  print (g ! (1, 0), fmap succ g ! (0, 2))
  print (sum (elems a), array (1, 3) [(3, 'c'), (1, 'a'), (2, 'b')])
  print (a ! 7)
-- GHC reports on stderr: prog: Ix{Int}.index: Index (7) out of range ((0,4))
-- expect runtime error: trap
-- expect: array (0,4) [(0,10),(1,20),(2,30),(3,40),(4,50)]
-- expect: (30,(0,4),[10,20,30,40,50])
-- expect: array (0,4) [(0,10),(1,99),(2,30),(3,77),(4,50)]
-- expect: array ('a','e') [('a',4),('b',2),('c',1),('d',1),('e',0)]
-- expect: ([('a',4),('b',2),('c',1),('d',1),('e',0)],"abcde")
-- expect: array ((0,0),(1,2)) [((0,0),'a'),((0,1),'b'),((0,2),'c'),((1,0),'d'),((1,1),'e'),((1,2),'f')]
-- expect: ('d','d')
-- expect: (150,array (1,3) [(1,'a'),(2,'b'),(3,'c')])
-- expect exit: 1
