

   
	
# only comments
   # indented comment
