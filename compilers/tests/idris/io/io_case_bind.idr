-- A case on a value read in IO, with a nested do in one alternative. Worked by hand.
-- stdin: yes
-- expect: confirmed
-- expect: twice
main : IO ()
main = do
  answer <- getLine
  case answer of
    "yes" => do
      putStrLn "confirmed"
      putStrLn "twice"
    _ => putStrLn "declined"
