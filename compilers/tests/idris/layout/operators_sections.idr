-- Operators: sections (+ 1), (2 *), backquoted functions, $ and function composition (.).
-- Worked by hand: (2 * (3 + 1)) = 8; 17 `div` 5 = 3; mod 17 5 = 2.
-- expect: 8
-- expect: 3
-- expect: 2
main : IO ()
main = do
  printLn (((2 *) . (+ 1)) (the Integer 3))
  printLn $ the Integer 17 `div` 5
  printLn (mod (the Integer 17) 5)
