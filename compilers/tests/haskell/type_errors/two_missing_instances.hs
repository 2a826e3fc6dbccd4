-- A type with no Show and no Eq, printed and compared in one `do`: GHC reports both missing instances.
data Colour = Red | Green | Blue

main :: IO ()
main = do
  print Red
  print (Red == Green)
-- error: 6:3: No instance for (Show Colour)
-- error: 7:14: No instance for (Eq Colour)
