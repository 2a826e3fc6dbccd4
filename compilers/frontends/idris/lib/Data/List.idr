-- Data.List: more functions on lists.

isNil : List a -> Bool
isNil [] = True
isNil _ = False
