import System.IO

loop :: Int -> Int -> IO ()
loop n total = do
  eof <- isEOF
  if eof
    then putStrLn ("lines: " ++ show n ++ ", total: " ++ show total)
    else do
      line <- getLine
      let ws = map read (words line) :: [Int]
      putStrLn (show (n + 1) ++ ": " ++ show (sum ws))
      loop (n + 1) (total + sum ws)

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  loop 0 0
  eof <- isEOF
  print eof
-- stdin: 1 2 3
-- stdin: 10 20
-- stdin:
-- stdin: -5 5 7
-- expect: 1: 6
-- expect: 2: 30
-- expect: 3: 0
-- expect: 4: 7
-- expect: lines: 4, total: 43
-- expect: True
