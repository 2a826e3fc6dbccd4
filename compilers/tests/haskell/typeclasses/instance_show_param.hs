-- An instance with a context: Show (Stack a) for every a that has Show.
newtype Stack a = Stack [a]

instance Show a => Show (Stack a) where
  show (Stack xs) = "<" ++ unwords (map show xs) ++ ">"

push :: a -> Stack a -> Stack a
push x (Stack xs) = Stack (x : xs)

main :: IO ()
main = do
  print (push 1 (push 2 (Stack [])))
  print (Stack "ab")
  print (Stack [Just True, Nothing])
  print [Stack [1], Stack []]
-- expect: <1 2>
-- expect: <'a' 'b'>
-- expect: <Just True Nothing>
-- expect: [<1>,<>]
