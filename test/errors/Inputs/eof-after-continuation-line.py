pass
\
