-- isEOF and hIsEOF read a character ahead; getChar, getLine and getContents still see it.
import System.IO

main :: IO ()
main = do
  e1 <- hIsEOF stdin
  c <- getChar
  e2 <- isEOF
  e3 <- isEOF
  l <- getLine
  print (e1, c, e2, e3, l)
  e4 <- isEOF
  rest <- getContents
  print (e4, take 1 (lines rest))
  hFlush stdout
  e5 <- isEOF
  print e5
-- stdin: abc
-- stdin: second line
-- stdin: third
-- GHC reports on stderr: prog: <stdin>: hIsEOF: illegal operation (handle is semi-closed)
-- expect runtime error: trap
-- expect: (False,'a',False,False,"bc")
-- expect: (False,["second line"])
-- expect exit: 1
