print "hello"
exec code in ns
x = `x`
raise E, "msg"
except Exception, e:
    pass
0777L
d = ur"old"
x <> y
