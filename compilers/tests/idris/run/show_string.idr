-- show of a String puts it in double quotes and escapes a quote and a newline; putStrLn writes it as
-- it is (Show String, showLitString, libs/prelude/Prelude/Show.idr).
-- expect: "Ada"
-- expect: Ada
-- expect: "say \"hi\""
-- expect: "two\nlines"
main : IO ()
main = do
  printLn "Ada"
  putStrLn "Ada"
  printLn "say \"hi\""
  printLn "two\nlines"
