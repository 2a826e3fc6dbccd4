-- A class with a default method that instances may override.
class Describable a where
  describe :: a -> String
  describe _ = "something"
  loud :: a -> String
  loud x = describe x ++ "!"

data Cat = Cat
data Dog = Dog

instance Describable Cat where
  describe _ = "a cat"

instance Describable Dog where
  describe _ = "a dog"
  loud _ = "WOOF"

instance Describable Bool

main :: IO ()
main = do
  putStrLn (loud Cat)
  putStrLn (loud Dog)
  putStrLn (describe True)
  putStrLn (loud False)
-- expect: a cat!
-- expect: WOOF
-- expect: something
-- expect: something!
