-- show of a Double inside strings, lists and tuples, and shows with showString.
main :: IO ()
main = do
  putStrLn ("x = " ++ show (2.5 :: Double))
  print (show (1.0e-3 :: Double))
  print ([(1, 0.5), (2, 0.25)] :: [(Int, Double)])
  putStrLn (shows (3.25 :: Double) (showString " and " (shows (-1.0 :: Double) "")))
-- expect: x = 2.5
-- expect: "1.0e-3"
-- expect: [(1,0.5),(2,0.25)]
-- expect: 3.25 and -1.0
