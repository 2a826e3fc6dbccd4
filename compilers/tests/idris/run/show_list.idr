-- Show (List a): "[" ++ elements separated by ", " ++ "]"; an empty list is "[]"; strings inside are
-- quoted; a negative element has no parentheses (show' uses show, not showPrec App).
-- All from libs/prelude/Prelude/Show.idr.
-- expect: [1, 2, 3]
-- expect: []
-- expect: ["Mill", "Store"]
-- expect: [-1, 0, 1]
-- expect: [[1], [2, 3]]
main : IO ()
main = do
  printLn (the (List Integer) [1, 2, 3])
  printLn (the (List Integer) [])
  printLn ["Mill", "Store"]
  printLn (the (List Integer) [-1, 0, 1])
  printLn (the (List (List Integer)) [[1], [2, 3]])
