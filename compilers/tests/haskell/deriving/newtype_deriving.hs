-- newtype with derived Show, Eq and Ord: shown with its constructor.
newtype Meters = Meters Int deriving (Show, Eq, Ord)
newtype Name = Name {unName :: String} deriving (Show, Eq)

main :: IO ()
main = do
  print (Meters 5)
  print (Meters (-5))
  print (Meters 3 < Meters 4, maximum [Meters 2, Meters 9])
  print (Name "Ada")
  putStrLn (unName (Name "Lovelace"))
-- expect: Meters 5
-- expect: Meters (-5)
-- expect: (True,Meters 9)
-- expect: Name {unName = "Ada"}
-- expect: Lovelace
