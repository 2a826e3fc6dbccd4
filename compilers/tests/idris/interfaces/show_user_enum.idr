-- A Show implementation for an enumeration, used by printLn and inside a list and a Maybe
-- (Show (List a) and Show (Maybe a), libs/prelude/Prelude/Show.idr). Worked by hand.
-- expect: Mill
-- expect: [Store, Mill, Printer]
-- expect: Just Printer
data Part = Store | Mill | Printer

Show Part where
  show Store   = "Store"
  show Mill    = "Mill"
  show Printer = "Printer"

main : IO ()
main = do
  printLn Mill
  printLn [Store, Mill, Printer]
  printLn (Just Printer)
