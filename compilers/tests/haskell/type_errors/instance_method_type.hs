-- An instance method must have the type the class gives it.
class Describe a where
  describe :: a -> String

data Engine = Engine

instance Describe Engine where
  describe Engine = 1843

main :: IO ()
main = putStrLn (describe Engine)
-- error: 8:21: No instance for (Num
