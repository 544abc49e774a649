# A header naming a chosen column twice is ambiguous: file and line
# named, status 1, for -w and for -c; a column named once is fine.
printf 'x,y,x\n1,2,3\n' >in.csv
select-rows -c y in.csv
select-rows -w x=1 in.csv
echo "exit $?"
select-rows -c x in.csv
echo "exit $?"
