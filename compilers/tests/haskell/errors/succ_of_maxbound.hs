-- succ of the largest Int is an error in GHC (not a wrap to minBound, as + is).
nextId :: Int -> Int
nextId = succ

main :: IO ()
main = do
  print (nextId 41, pred (minBound + 1 :: Int), maxBound + 1 :: Int)
  print (succ False, pred GT, succ 'y')
  print (nextId maxBound)
-- expect: (42,-9223372036854775808,-9223372036854775808)
-- expect: (True,EQ,'z')
-- GHC reports on stderr: Prelude.Enum.succ{Int}: tried to take `succ' of maxBound
-- expect runtime error: trap
-- expect exit: 1
