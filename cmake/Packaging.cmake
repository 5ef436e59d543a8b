# Installation and the Debian package. `cmake --install build/release --prefix /usr` (or DESTDIR=stage) puts:
#   bin/trialbench, bin/trialbench-cli
#   share/applications/org.trialbench.TrialBench.desktop   (MimeType: TrialBench configs)
#   share/mime/packages/org.trialbench.TrialBench.xml       (application/x-trialbench-config+json, *.trialbench.json)
#   share/metainfo/org.trialbench.TrialBench.metainfo.xml   (AppStream, with this version's <release>)
#   share/icons/hicolor/scalable/{apps,mimetypes}/…svg
#   share/trialbench/translations/trialbench_*.qm           (loaded before the copies built into the program)
#   share/trialbench/lessons/*.json                          (the built-in lessons, as examples for teachers)
# `cpack` (in build/release) then makes trialbench_<version>_<arch>.deb; scripts/check-package.sh checks both.
include(GNUInstallDirs)

set(TB_RELEASE_DATE 2026-12-03) # the date of this version's <release> in the AppStream file
configure_file(${PROJECT_SOURCE_DIR}/resources/org.trialbench.TrialBench.metainfo.xml
               ${PROJECT_BINARY_DIR}/org.trialbench.TrialBench.metainfo.xml @ONLY)

if(TARGET trialbench-cli)
  install(TARGETS trialbench-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(TARGET trialbench)
  install(TARGETS trialbench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${PROJECT_SOURCE_DIR}/resources/org.trialbench.TrialBench.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/mime/org.trialbench.TrialBench.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
  install(FILES ${PROJECT_BINARY_DIR}/org.trialbench.TrialBench.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/trialbench.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.trialbench.TrialBench.svg)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/trialbench-config.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
          RENAME application-x-trialbench-config+json.svg)
  # The .qm files qt_add_translations compiles next to tb_gui (app/gui in the build tree).
  file(GLOB _tb_ts CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/trialbench_*.ts)
  foreach(_ts ${_tb_ts})
    get_filename_component(_name ${_ts} NAME_WE)
    install(FILES ${PROJECT_BINARY_DIR}/app/gui/${_name}.qm DESTINATION ${CMAKE_INSTALL_DATADIR}/trialbench/translations)
  endforeach()
  file(GLOB _tb_lessons CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/lessons/*.json)
  if(_tb_lessons)
    install(FILES ${_tb_lessons} DESTINATION ${CMAKE_INSTALL_DATADIR}/trialbench/lessons)
  endif()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME trialbench)
set(CPACK_PACKAGE_VENDOR "The TrialBench developers")
set(CPACK_PACKAGE_CONTACT "The TrialBench developers <trialbench@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for bandit, survival-game and RLHF experiments")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "TrialBench runs multi-armed bandit, survival-game and RLHF simulations live in a Qt window and\n\
headless with trialbench-cli, stores every run in SQLite and plots regret, failure distributions and\n\
reward over-optimisation with confidence bands. Built-in lessons and a presenter mode serve classrooms.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # trialbench_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dependencies from the linked libraries (dpkg-shlibdeps)
# Plugins and fonts are loaded at run time, unseen by dpkg-shlibdeps: the window needs a platform plugin and a font.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, plfit")
set(CPACK_STRIP_FILES ON)
include(CPack)
