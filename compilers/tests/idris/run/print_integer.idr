-- Integer arithmetic and printLn; a negative number at the top is shown with its minus sign and no
-- parentheses (primNumShow adds them only at precedence PrefixMinus or App,
-- libs/prelude/Prelude/Show.idr). Worked by hand: 1843 * 2 = 3686, 7 - 10 = -3.
-- expect: 3686
-- expect: -3
-- expect: 123456789012345678901234567890
main : IO ()
main = do
  printLn (1843 * 2)
  printLn (the Integer (7 - 10))
  printLn (the Integer 123456789012345678901234567890)
