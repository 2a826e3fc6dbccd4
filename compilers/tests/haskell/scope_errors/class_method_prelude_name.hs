-- A class of the program's own whose method has the name of a Prelude function.
class Pretty a where
  show :: a -> String

data Colour = Red | Green

instance Pretty Colour where
  show Red = "red"
  show Green = "green"

main :: IO ()
main = putStrLn (show Red)
-- error: 12:18: Ambiguous occurrence
