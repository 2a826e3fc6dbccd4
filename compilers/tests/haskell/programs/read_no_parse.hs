-- read of a malformed number after some output: GHC's "Prelude.read: no parse".
main :: IO ()
main = do
  let xs = ["12", "7", "3x"]
  print (sum (map read (take 2 xs) :: [Int]))
  print (read (xs !! 2) :: Int)
-- expect: 19
-- GHC reports on stderr: Prelude.read: no parse
-- expect runtime error: trap
-- expect exit: 1
