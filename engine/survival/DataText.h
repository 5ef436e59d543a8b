#pragma once
// The messages of reading users' data files (TextInput, FailureCounts, Projection), marked for the window's
// translations. Those built from parts (tb::fill) are listed in kAll, which the survival kind adds to its
// Kind::textPatterns(); the window translates an issue's message through them (ui::trIssue). Quoted file
// content, column names, paths and numbers are arguments and stay as they are.
#include "core/Tr.h"

namespace tb::survival::data_text {

// Opening and reading a data file (TextInput.cpp).
inline constexpr const char* kCannotOpen = TB_TR("engine", "cannot open the file for reading: %1");
inline constexpr const char* kCannotRead = TB_TR("engine", "cannot read the file: %1");
inline constexpr const char* kTooLarge = TB_TR("engine", "the file is %1; %2 are limited to %3");
inline constexpr const char* kLineTooLong =
    TB_TR("engine", "the line is longer than %1; this is not a data file");
inline constexpr const char* kBytes = TB_TR("engine", "%1 bytes");
inline constexpr const char* kFieldUnclosed =
    TB_TR("engine", "field %1 opens a quote that is not closed on its line (a field cannot span lines)");
inline constexpr const char* kTextAfterQuote = TB_TR("engine", "text after the closing quote of field %1");
inline constexpr const char* kQuoteInside = TB_TR(
    "engine", "field %1 has a quote inside an unquoted field (quote the whole field and double the quote)");
// Shared by both readers.
inline constexpr const char* kContentProblem = TB_TR("engine", "%1: %2");
inline constexpr const char* kHeaderProblem = TB_TR("engine", "the header %1: %2");
inline constexpr const char* kColumnTwice =
    TB_TR("engine", "the header names the column %1 twice (fields %2 and %3)");
inline constexpr const char* kFieldCount = TB_TR("engine", "%1: has %2 fields; the header (line %3) has %4");
inline constexpr const char* kStoppedReading = TB_TR("engine", "stopped reading after %1 problems");
// Failure counts (FailureCounts.cpp); %1 of a value's message is the quoted value.
inline constexpr const char* kValueEmpty =
    TB_TR("engine", "%1: is empty; expected a non-negative integer failure count or >=N");
inline constexpr const char* kValueExpected =
    TB_TR("engine", "%1: expected a non-negative integer failure count or >=N");
inline constexpr const char* kValueExpectedOnePerLine = TB_TR(
    "engine", "%1: expected a non-negative integer failure count or >=N (one per line; a CSV file needs "
              "a header line and the column named)");
inline constexpr const char* kValueNegative = TB_TR(
    "engine", "%1: a negative count is how the notebooks mark \"not found\" (the correct answer was not "
              "among the candidates searched); write it as >=CAP, CAP being the number of candidates "
              "searched (K is at least that), or leave it out knowingly");
inline constexpr const char* kValueBeyond = TB_TR("engine", "%1: is beyond the largest count, %2");
inline constexpr const char* kCsvHeader =
    TB_TR("engine", "the file starts with a CSV header (columns %1); name the column of failure counts");
inline constexpr const char* kNoCountColumn =
    TB_TR("engine", "no column %1 in the header; its columns are %2");
// Scaling pairs (Projection.cpp).
inline constexpr const char* kScalingEmpty =
    TB_TR("engine", "the file is empty; expected a CSV header naming the columns %1 and %2, then one (size, "
                    "decay rate) pair per line");
inline constexpr const char* kScalingOnlyComments =
    TB_TR("engine", "the file has only comments and blank lines; expected a CSV header naming the columns %1 "
                    "and %2, then one (size, decay rate) pair per line");
inline constexpr const char* kNoScalingColumn =
    TB_TR("engine", "no column %1 (%2) in the header; its columns are %3");
inline constexpr const char* kNumberEmpty = TB_TR("engine", "%1: %2 is empty (expected %3)");
inline constexpr const char* kNumberOutOfRange =
    TB_TR("engine", "%1: %2 is outside the range of a double (expected %3)");
inline constexpr const char* kNotANumber = TB_TR("engine", "%1: %2 is not a number (expected %3)");
inline constexpr const char* kNotFinite = TB_TR("engine", "%1: %2 is not a finite number (expected %3)");
inline constexpr const char* kNotPositive =
    TB_TR("engine", "%1: %2 is not positive (expected %3; its logarithm is fitted)");
inline constexpr const char* kLabelTooLong =
    TB_TR("engine", "%1: %2 is longer than %3 bytes (a label is a model name)");
inline constexpr const char* kNoPairs =
    TB_TR("engine", "no data: the header (line %1) is followed by no (size, decay rate) pair");
inline constexpr const char* kFilterInvalid =
    TB_TR("engine", "the label filter %1 is not a valid ECMAScript regular expression (%2)");
inline constexpr const char* kFilterNoLabels =
    TB_TR("engine", "the label filter %1 needs labels, and these points have none (name the label column)");
inline constexpr const char* kFilterNoMatch =
    TB_TR("engine", "no label matches the filter %1 (matched from the start of each label)");
inline constexpr const char* kFitOnePoint =
    TB_TR("engine", "the fit needs at least two points with different model sizes (got %1 point)");
inline constexpr const char* kFitPoints =
    TB_TR("engine", "the fit needs at least two points with different model sizes (got %1 points)");
inline constexpr const char* kFitOneSize =
    TB_TR("engine",
          "the fit needs at least two points with different model sizes (got %1 points, all of one size)");

inline constexpr const char* kAll[] = {
    kCannotOpen,
    kCannotRead,
    kTooLarge,
    kLineTooLong,
    kBytes,
    kFieldUnclosed,
    kTextAfterQuote,
    kQuoteInside,
    kContentProblem,
    kHeaderProblem,
    kColumnTwice,
    kFieldCount,
    kStoppedReading,
    kValueEmpty,
    kValueExpected,
    kValueExpectedOnePerLine,
    kValueNegative,
    kValueBeyond,
    kCsvHeader,
    kNoCountColumn,
    kScalingEmpty,
    kScalingOnlyComments,
    kNoScalingColumn,
    kNumberEmpty,
    kNumberOutOfRange,
    kNotANumber,
    kNotFinite,
    kNotPositive,
    kLabelTooLong,
    kNoPairs,
    kFilterInvalid,
    kFilterNoLabels,
    kFilterNoMatch,
    kFitOnePoint,
    kFitPoints,
    kFitOneSize,
};

// Whole messages and the parts filled into the patterns above (translated as they are).
inline constexpr const char* kNoSuchFile = TB_TR("engine", "No such file or directory");
inline constexpr const char* kPermissionDenied = TB_TR("engine", "Permission denied");
inline constexpr const char* kUnknownError = TB_TR("engine", "unknown error");
inline constexpr const char* kIsFolder = TB_TR("engine", "is a folder, not a data file");
inline constexpr const char* kNotRegular =
    TB_TR("engine", "is not a regular file (a device, FIFO or socket); give a data file");
inline constexpr const char* kIoError = TB_TR("engine", "cannot read the file (an input/output error)");
inline constexpr const char* kFailureCountFiles = TB_TR("engine", "failure-count files");
inline constexpr const char* kScalingFiles = TB_TR("engine", "scaling (size, decay rate) files");
inline constexpr const char* kCapAtLeastOne = TB_TR("engine", "must be >= 1 (or 0 for no cap)");
inline constexpr const char* kEmptyFile = TB_TR("engine", "the file is empty: no failure counts");
inline constexpr const char* kOnlyComments = TB_TR("engine", "no failure counts: only comments, blank lines");
inline constexpr const char* kOnlyCommentsHeader =
    TB_TR("engine", "no failure counts: only comments, blank lines and a header");
inline constexpr const char* kModelSizes = TB_TR("engine", "the model sizes");
inline constexpr const char* kDecayRates = TB_TR("engine", "the decay rates");
inline constexpr const char* kLabels = TB_TR("engine", "the labels");
inline constexpr const char* kExpectSize = TB_TR("engine", "a model size in parameters such as 3.56e8, > 0");
inline constexpr const char* kExpectRate = TB_TR("engine", "a decay rate such as 1.333, > 0");

} // namespace tb::survival::data_text
