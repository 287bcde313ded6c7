# Scale curve: searchd in-process query latency (its default facet method,
# postings, or columns in older results; match=any) and index size against
# the number of records. Run by bench/run:
#   gnuplot -e "data='DIR'; out='FILE.png'" bench/report/scale.gp
load data.'/vars.gp'
set terminal pngcairo size 1000,600 font ",10"
set output out
set title sprintf("searchd in-process (facets: %s; match=any): latency and index size vs records", scale_method)
set logscale x 10
set logscale y 10
set logscale y2 10
set format x "%.0s%c"
set xlabel "records"
set ylabel "query latency, ms"
set y2label "index size on disk, MB"
set ytics nomirror
set y2tics
set grid
set key top left
set bmargin 6
set label 1 footer at screen 0.01, 0.02 font ",8"
plot data.'/scale.dat' using 1:2 with linespoints lw 2 pt 7 title "p50", \
     '' using 1:3 with linespoints lw 2 pt 5 title "p99", \
     '' using 1:4 axes x1y2 with linespoints dt 2 lw 2 pt 9 title "index size (right axis)"
