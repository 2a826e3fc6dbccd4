-- show of Char (single quotes), Bool and () (libs/prelude/Prelude/Show.idr).
-- expect: 'x'
-- expect: True
-- expect: False
-- expect: ()
main : IO ()
main = do
  printLn 'x'
  printLn (3 > the Integer 2)
  printLn (not True)
  printLn ()
