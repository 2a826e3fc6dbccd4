-- Propositional logic as types: implication, conjunction (pairs), disjunction (Either) and negation
-- (a -> Void). Worked by hand: the program prints the swapped pair.
-- expect: ("Note G", 1843)
andComm : (a, b) -> (b, a)
andComm (x, y) = (y, x)

orComm : Either a b -> Either b a
orComm (Left x)  = Right x
orComm (Right y) = Left y

contrapositive : (a -> b) -> (b -> Void) -> (a -> Void)
contrapositive f nb x = nb (f x)

notNotLem : (Either a (a -> Void) -> Void) -> Void
notNotLem k = k (Right (\x => k (Left x)))

main : IO ()
main = printLn (andComm (the Integer 1843, "Note G"))
