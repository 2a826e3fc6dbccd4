-- A recursive IO loop that reads until a sentinel line.
loop :: Int -> IO ()
loop total = do
  line <- getLine
  if line == "end"
    then putStrLn ("total " ++ show total)
    else do
      let n = read line
      putStrLn ("running " ++ show (total + n))
      loop (total + n)

main :: IO ()
main = loop 0
-- stdin: 5
-- stdin: 10
-- stdin: -3
-- stdin: end
-- expect: running 5
-- expect: running 15
-- expect: running 12
-- expect: total 12
