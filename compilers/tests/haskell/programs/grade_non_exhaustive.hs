-- A non-exhaustive function: the grade of a score outside 0..100.
grade :: Int -> Char
grade n
  | n >= 90 && n <= 100 = 'A'
  | n >= 70 && n < 90 = 'B'
  | n >= 0 && n < 70 = 'C'

main :: IO ()
main = do
  putStrLn (map grade [95, 72, 10])
  print (grade 101)
-- expect: ABC
-- GHC reports on stderr: Main_p11_nonexhaustive.hs:(3,1)-(6,26): Non-exhaustive patterns in function grade
-- expect runtime error: trap
-- expect exit: 1
