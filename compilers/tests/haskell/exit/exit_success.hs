-- exitSuccess ends the program with status 0 from inside a recursive loop over the input.
import System.Exit

loop :: Int -> IO ()
loop total = do
  line <- getLine
  if line == "end"
    then do
      putStrLn ("total " ++ show total)
      exitSuccess
    else loop (total + read line)

main :: IO ()
main = do
  loop 0
  putStrLn "not reached"
-- stdin: 4
-- stdin: 5
-- stdin: end
-- stdin: 6
-- expect: total 9
