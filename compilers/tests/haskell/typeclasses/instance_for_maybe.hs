-- An instance of a user class for Maybe a and for lists, with a constraint on the element.
class Size a where
  size :: a -> Int

instance Size Int where
  size _ = 1

instance Size Char where
  size _ = 1

instance Size a => Size (Maybe a) where
  size Nothing = 0
  size (Just x) = size x

instance Size a => Size [a] where
  size = sum . map size

main :: IO ()
main = do
  print (size (Just 'x'))
  print (size [Just (1 :: Int), Nothing, Just 3])
  print (size ["ab", "cde"])
  print (size (Nothing :: Maybe Char))
-- expect: 1
-- expect: 2
-- expect: 5
-- expect: 0
