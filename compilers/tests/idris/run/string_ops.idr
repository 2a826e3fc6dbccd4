-- String concatenation, length (a Nat), show inside a string, and unpack/pack. Worked by hand.
-- expect: Analytical Engine
-- expect: 17
-- expect: n = 42
-- expect: enigne
main : IO ()
main = do
  let s = "Analytical" ++ " " ++ "Engine"
  putStrLn s
  printLn (length s)
  putStrLn ("n = " ++ show (the Integer 42))
  putStrLn (pack (reverse (unpack "engine")))
