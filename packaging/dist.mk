# Packaging targets; the Makefile includes this file (`-include packaging/dist.mk`).
#   make wheel              dist/teachapp-*.whl (for pip / pipx install)
#   make dist               PyInstaller one-folder bundle in dist/teachapp/
#   make dist-test          build the bundle, then smoke-test it (packaging/smoke_test.sh)
#   make install-desktop    menu entry, icons and AppStream metadata for the current user
#                           (SERVICE=1: also `teachapp service` as a systemd user service)
#   make uninstall-desktop  remove them again
#   make icons              regenerate packaging/icons/ from assets/icons/teachapp.svg
# install-desktop starts `teachapp-gui` from PATH (pipx / pip --user), else this
# checkout's .venv; override with EXEC, e.g. EXEC="$$PWD/dist/teachapp/teachapp gui".

.PHONY: wheel dist dist-test install-desktop uninstall-desktop icons

$(BIN)/pyinstaller: | $(VENV)/.installed
	$(PIP) install -q 'pyinstaller>=6.5'

wheel: | $(VENV)/bin/python
	$(BIN)/python -c 'import hatchling' 2>/dev/null || $(PIP) install -q 'hatchling>=1.21'
	$(PIP) wheel -q --no-deps --no-build-isolation -w dist .
	@ls -1 dist/teachapp-*.whl

dist: venv $(BIN)/pyinstaller
	@start=$$(date +%s); \
	LANG=C.UTF-8 $(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
	    --workpath build/pyinstaller packaging/teachapp.spec && \
	echo "dist: dist/teachapp built in $$(( $$(date +%s) - start )) s," \
	     "$$(du -sh dist/teachapp | cut -f1)"

dist-test: dist
	sh packaging/smoke_test.sh dist/teachapp

install-desktop:
	sh packaging/install_desktop.sh $(if $(EXEC),--exec "$(EXEC)",) $(if $(SERVICE),--service,)

uninstall-desktop:
	sh packaging/install_desktop.sh --uninstall

icons:
	sh packaging/make_icons.sh
