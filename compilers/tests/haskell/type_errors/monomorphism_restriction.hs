-- Without a signature, showIt = show is a pattern binding and is not generalised: its two uses need
-- two different types.
showIt = show

main :: IO ()
main = do
  putStrLn (showIt 'x')
  putStrLn (showIt True)
-- error: 8:20: Couldn't match expected type
