-- A small interpreter: statements that assign and print expressions, an environment in a Map, errors
-- as Either.
import qualified Data.Map as Map

data Expr
  = Num Int
  | Var String
  | Add Expr Expr
  | Sub Expr Expr
  | Mul Expr Expr
  | Div Expr Expr
  | IfZero Expr Expr Expr
  deriving Show

data Stmt = Assign String Expr | Print Expr deriving Show

type Env = Map.Map String Int

eval :: Env -> Expr -> Either String Int
eval _ (Num n) = Right n
eval env (Var x) = maybe (Left ("unbound variable " ++ x)) Right (Map.lookup x env)
eval env (Add a b) = (+) <$> eval env a <*> eval env b
eval env (Sub a b) = (-) <$> eval env a <*> eval env b
eval env (Mul a b) = (*) <$> eval env a <*> eval env b
eval env (Div a b) = do
  x <- eval env a
  y <- eval env b
  if y == 0 then Left "division by zero" else Right (x `div` y)
eval env (IfZero c t e) = do
  v <- eval env c
  if v == 0 then eval env t else eval env e

run :: Env -> [Stmt] -> ([String], Env)
run env [] = ([], env)
run env (s : rest) = case s of
  Assign x e -> case eval env e of
    Left err -> let (out, env') = run env rest in (("error: " ++ err) : out, env')
    Right v -> run (Map.insert x v env) rest
  Print e ->
    let line = either ("error: " ++) show (eval env e)
        (out, env') = run env rest
    in (line : out, env')

program :: [Stmt]
program =
  [ Assign "x" (Num 6)
  , Assign "y" (Mul (Var "x") (Num 7))
  , Print (Var "y")
  , Print (Div (Var "y") (Sub (Var "x") (Num 6)))
  , Assign "z" (IfZero (Sub (Var "x") (Num 6)) (Num 100) (Num 200))
  , Print (Add (Var "z") (Var "w"))
  , Assign "w" (Div (Var "z") (Num 3))
  , Print (Add (Var "z") (Var "w"))
  ]

main :: IO ()
main = do
  let (out, env) = run Map.empty program
  mapM_ putStrLn out
  print (Map.toList env)
  print (head program)
-- expect: 42
-- expect: error: division by zero
-- expect: error: unbound variable w
-- expect: 133
-- expect: [("w",33),("x",6),("y",42),("z",100)]
-- expect: Assign "x" (Num 6)
