-- Show (Maybe a) and Show (Either a b) use showCon and showArg: an argument that is itself an
-- application or a negative number is put in parentheses (libs/prelude/Prelude/Show.idr).
-- expect: Just 5
-- expect: Nothing
-- expect: Just (-5)
-- expect: Just (Just 2)
-- expect: Left "no"
-- expect: Right [1, 2]
main : IO ()
main = do
  printLn (Just (the Integer 5))
  printLn (the (Maybe Integer) Nothing)
  printLn (Just (the Integer (-5)))
  printLn (Just (Just (the Integer 2)))
  printLn (the (Either String Integer) (Left "no"))
  printLn (the (Either String (List Integer)) (Right [1, 2]))
