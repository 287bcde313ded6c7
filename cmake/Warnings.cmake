# One INTERFACE target carries the warning flags (and sanitizers) every target links.
add_library(jipp_warnings INTERFACE)
target_compile_options(jipp_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  -Wimplicit-fallthrough)
if(JIPP_WERROR)
  target_compile_options(jipp_warnings INTERFACE -Werror)
endif()
if(JIPP_SANITIZE)
  target_compile_options(jipp_warnings INTERFACE
    -fsanitize=${JIPP_SANITIZE} -fno-omit-frame-pointer)
  target_link_options(jipp_warnings INTERFACE -fsanitize=${JIPP_SANITIZE})
endif()
