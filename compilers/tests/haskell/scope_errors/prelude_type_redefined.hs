-- A program's own Maybe and Functor without hiding the Prelude's: GHC accepts the declarations and reports
-- each unqualified use (here of the class in an instance head and of a constructor) as ambiguous.
data Maybe a = Nothing | Just a deriving Show

class Functor f where
  fmap :: (a -> b) -> f a -> f b

instance Functor Main.Maybe where
  fmap _ Main.Nothing = Main.Nothing
  fmap f (Main.Just x) = Main.Just (f x)

main :: IO ()
main = print (Main.fmap (+ 1) (Just 1))
-- error: 8:10: Ambiguous occurrence ‘Functor’
-- error: 13:32: Ambiguous occurrence ‘Just’
