# bash completion for gitlab-api. Generated from the OpenAPI spec by scripts/emit/completions; do not edit.
# Install: copy to $(pkg-config --variable=completionsdir bash-completion)/gitlab-api
# (usually /usr/share/bash-completion/completions/), or: source <(gitlab-api completion bash)

_gitlab_api_commands=('application' 'application-settings' 'avatar' 'broadcast-message' 'current-user' 'current-user-activity' 'current-user-email' 'current-user-gpg-key' 'current-user-key' 'current-user-status' 'deploy-key' 'event' 'feature' 'group' 'group-access-request' 'group-badge' 'group-badge-render' 'group-board' 'group-board-list' 'group-custom-attribute' 'group-issue' 'group-member' 'group-member-all' 'group-merge-request' 'group-milestone' 'group-milestone-issue' 'group-milestone-merge-request' 'group-notification-settings' 'group-project' 'group-subgroup' 'group-variable' 'hook' 'issue' 'key' 'lint' 'markdown' 'merge-request' 'namespace' 'notification-settings' 'page-domain' 'project' 'project-access-request' 'project-badge' 'project-badge-render' 'project-board' 'project-board-list' 'project-commit-discussion' 'project-commit-discussion-note' 'project-custom-attribute' 'project-deploy-key' 'project-deployment' 'project-environment' 'project-event' 'project-export-download' 'project-fork' 'project-hook' 'project-issue' 'project-issue-award-emoji' 'project-issue-discussion' 'project-issue-discussion-note' 'project-issue-note' 'project-issue-note-award-emoji' 'project-issue-participant' 'project-issue-related-merge-request' 'project-issue-resource-label-event' 'project-issue-time-stats' 'project-job' 'project-job-artifact' 'project-label' 'project-language' 'project-member' 'project-member-all' 'project-merge-request' 'project-merge-request-award-emoji' 'project-merge-request-change' 'project-merge-request-closes-issue' 'project-merge-request-commit' 'project-merge-request-discussion' 'project-merge-request-discussion-note' 'project-merge-request-note' 'project-merge-request-participant' 'project-merge-request-pipeline' 'project-merge-request-resource-label-event' 'project-merge-request-time-stats' 'project-merge-request-version' 'project-milestone' 'project-milestone-issue' 'project-milestone-merge-request' 'project-notification-settings' 'project-page-domain' 'project-pipeline' 'project-pipeline-job' 'project-pipeline-schedule' 'project-pipeline-schedule-variable' 'project-protected-branch' 'project-protected-tag' 'project-repository-archive' 'project-repository-blob' 'project-repository-branch' 'project-repository-commit' 'project-repository-commit-comment' 'project-repository-commit-merge-request' 'project-repository-commit-ref' 'project-repository-commit-status' 'project-repository-compare' 'project-repository-contributor' 'project-repository-file' 'project-repository-merge-base' 'project-repository-merged-branch' 'project-repository-tag' 'project-repository-tree' 'project-runner' 'project-service-asana' 'project-service-assembla' 'project-service-bamboo' 'project-service-bugzilla' 'project-service-buildkite' 'project-service-campfire' 'project-service-custom-issue-tracker' 'project-service-drone-ci' 'project-service-emails-on-push' 'project-service-external-wiki' 'project-service-flowdock' 'project-service-hangouts-chat' 'project-service-hipchat' 'project-service-irker' 'project-service-jira' 'project-service-kubernetes' 'project-service-mattermost' 'project-service-mattermost-slash-commands' 'project-service-microsoft-teams' 'project-service-mock-ci' 'project-service-packagist' 'project-service-pipelines-email' 'project-service-pivotaltracker' 'project-service-prometheus' 'project-service-pushover' 'project-service-redmine' 'project-service-slack' 'project-service-slack-slash-commands' 'project-service-teamcity' 'project-share' 'project-snippet' 'project-snippet-award-emoji' 'project-snippet-discussion' 'project-snippet-discussion-note' 'project-snippet-note' 'project-status' 'project-template' 'project-trigger' 'project-upload' 'project-user' 'project-variable' 'project-wiki' 'project-wiki-attachment' 'runner' 'runner-all' 'runner-job' 'runners' 'search' 'sidekiq-compound-metrics' 'sidekiq-job-stats' 'sidekiq-process-metrics' 'sidekiq-queue-metrics' 'snippet' 'snippet-public' 'template-dockerfile' 'template-gitignore' 'template-gitlab-ci-yml' 'template-license' 'todo' 'todos' 'user' 'user-custom-attribute' 'user-email' 'user-event' 'user-gpg-key' 'user-impersonation-token' 'user-key' 'user-project' 'version' 'list' 'help' 'api' 'completion')
_gitlab_api_methods=('GET' 'POST' 'PUT' 'PATCH' 'DELETE' 'HEAD')

# Options before a command, and those of `gitlab-api api`.
_gitlab_api_globals() {
  _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=()
}
_gitlab_api_api() {
  _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--method' '--field' '--raw-field' '--header' '--input' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--method' '--field' '--raw-field' '--header' '--input' '--timeout'); _ga_repeat=('--field' '--raw-field' '--header'); _ga_neg=()
}

# $1 resource: its verbs in _ga_words; fails for anything else.
_gitlab_api_verbs() {
  case $1 in
    'application') _ga_words=('create' 'delete' 'list') ;;
    'application-settings') _ga_words=('get' 'update') ;;
    'avatar') _ga_words=('get') ;;
    'broadcast-message') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'current-user') _ga_words=('get') ;;
    'current-user-activity') _ga_words=('list') ;;
    'current-user-email') _ga_words=('create' 'delete' 'get' 'list') ;;
    'current-user-gpg-key') _ga_words=('create' 'delete' 'get' 'list') ;;
    'current-user-key') _ga_words=('create' 'delete' 'get' 'list') ;;
    'current-user-status') _ga_words=('get' 'update') ;;
    'deploy-key') _ga_words=('list') ;;
    'event') _ga_words=('list') ;;
    'feature') _ga_words=('create' 'delete' 'list') ;;
    'group') _ga_words=('create' 'delete' 'get' 'list' 'search' 'update') ;;
    'group-access-request') _ga_words=('approve' 'create' 'delete' 'list') ;;
    'group-badge') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'group-badge-render') _ga_words=('get') ;;
    'group-board') _ga_words=('get' 'list') ;;
    'group-board-list') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'group-custom-attribute') _ga_words=('delete' 'get' 'list' 'update') ;;
    'group-issue') _ga_words=('list') ;;
    'group-member') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'group-member-all') _ga_words=('list') ;;
    'group-merge-request') _ga_words=('list') ;;
    'group-milestone') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'group-milestone-issue') _ga_words=('list') ;;
    'group-milestone-merge-request') _ga_words=('list') ;;
    'group-notification-settings') _ga_words=('get' 'update') ;;
    'group-project') _ga_words=('create' 'list') ;;
    'group-subgroup') _ga_words=('list') ;;
    'group-variable') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'hook') _ga_words=('create' 'delete' 'get' 'list') ;;
    'issue') _ga_words=('list') ;;
    'key') _ga_words=('get') ;;
    'lint') _ga_words=('create') ;;
    'markdown') _ga_words=('create') ;;
    'merge-request') _ga_words=('list') ;;
    'namespace') _ga_words=('get' 'list') ;;
    'notification-settings') _ga_words=('get' 'update') ;;
    'page-domain') _ga_words=('list') ;;
    'project') _ga_words=('archive' 'create' 'delete' 'export' 'fork' 'get' 'get-export' 'get-import' 'housekeeping' 'import' 'list' 'pipeline' 'search' 'share' 'snapshot' 'star' 'transfer' 'unarchive' 'unstar' 'update') ;;
    'project-access-request') _ga_words=('approve' 'create' 'delete' 'list') ;;
    'project-badge') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-badge-render') _ga_words=('get') ;;
    'project-board') _ga_words=('get' 'list') ;;
    'project-board-list') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-commit-discussion') _ga_words=('create' 'get' 'list') ;;
    'project-commit-discussion-note') _ga_words=('create' 'delete' 'update') ;;
    'project-custom-attribute') _ga_words=('delete' 'get' 'list' 'update') ;;
    'project-deploy-key') _ga_words=('create' 'delete' 'enable' 'get' 'list' 'update') ;;
    'project-deployment') _ga_words=('get' 'list') ;;
    'project-environment') _ga_words=('create' 'delete' 'list' 'stop' 'update') ;;
    'project-event') _ga_words=('list') ;;
    'project-export-download') _ga_words=('get') ;;
    'project-fork') _ga_words=('create' 'delete' 'list') ;;
    'project-hook') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-issue') _ga_words=('add-spent-time' 'closed-by' 'create' 'delete' 'get' 'list' 'move' 'reset-spent-time' 'reset-time-estimate' 'subscribe' 'time-estimate' 'todo' 'unsubscribe' 'update' 'user-agent-detail') ;;
    'project-issue-award-emoji') _ga_words=('create' 'delete' 'get' 'list') ;;
    'project-issue-discussion') _ga_words=('create' 'get' 'list') ;;
    'project-issue-discussion-note') _ga_words=('create' 'delete' 'update') ;;
    'project-issue-note') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-issue-note-award-emoji') _ga_words=('create' 'delete' 'get' 'list') ;;
    'project-issue-participant') _ga_words=('list') ;;
    'project-issue-related-merge-request') _ga_words=('list') ;;
    'project-issue-resource-label-event') _ga_words=('get' 'list') ;;
    'project-issue-time-stats') _ga_words=('get') ;;
    'project-job') _ga_words=('cancel' 'erase' 'get' 'list' 'play' 'retry' 'trace') ;;
    'project-job-artifact') _ga_words=('download' 'get' 'keep' 'list') ;;
    'project-label') _ga_words=('create' 'delete' 'list' 'subscribe' 'unsubscribe' 'update') ;;
    'project-language') _ga_words=('list') ;;
    'project-member') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-member-all') _ga_words=('list') ;;
    'project-merge-request') _ga_words=('add-spent-time' 'cancel-merge-when-pipeline-succeeds' 'create' 'delete' 'get' 'list' 'merge' 'reset-spent-time' 'reset-time-estimate' 'subscribe' 'time-estimate' 'todo' 'unsubscribe' 'update') ;;
    'project-merge-request-award-emoji') _ga_words=('create' 'delete' 'get' 'list') ;;
    'project-merge-request-change') _ga_words=('list') ;;
    'project-merge-request-closes-issue') _ga_words=('list') ;;
    'project-merge-request-commit') _ga_words=('list') ;;
    'project-merge-request-discussion') _ga_words=('create' 'get' 'list' 'update') ;;
    'project-merge-request-discussion-note') _ga_words=('create' 'delete' 'update') ;;
    'project-merge-request-note') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-merge-request-participant') _ga_words=('list') ;;
    'project-merge-request-pipeline') _ga_words=('list') ;;
    'project-merge-request-resource-label-event') _ga_words=('get' 'list') ;;
    'project-merge-request-time-stats') _ga_words=('get') ;;
    'project-merge-request-version') _ga_words=('get' 'list') ;;
    'project-milestone') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-milestone-issue') _ga_words=('list') ;;
    'project-milestone-merge-request') _ga_words=('list') ;;
    'project-notification-settings') _ga_words=('get' 'update') ;;
    'project-page-domain') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-pipeline') _ga_words=('cancel' 'get' 'list' 'retry') ;;
    'project-pipeline-job') _ga_words=('list') ;;
    'project-pipeline-schedule') _ga_words=('create' 'delete' 'get' 'list' 'take-ownership' 'update') ;;
    'project-pipeline-schedule-variable') _ga_words=('create' 'delete' 'update') ;;
    'project-protected-branch') _ga_words=('create' 'delete' 'get' 'list') ;;
    'project-protected-tag') _ga_words=('create' 'delete' 'get' 'list') ;;
    'project-repository-archive') _ga_words=('get') ;;
    'project-repository-blob') _ga_words=('get' 'raw') ;;
    'project-repository-branch') _ga_words=('create' 'delete' 'get' 'list' 'protect' 'unprotect') ;;
    'project-repository-commit') _ga_words=('cherry-pick' 'create' 'diff' 'get' 'list') ;;
    'project-repository-commit-comment') _ga_words=('create' 'list') ;;
    'project-repository-commit-merge-request') _ga_words=('list') ;;
    'project-repository-commit-ref') _ga_words=('list') ;;
    'project-repository-commit-status') _ga_words=('list') ;;
    'project-repository-compare') _ga_words=('get') ;;
    'project-repository-contributor') _ga_words=('list') ;;
    'project-repository-file') _ga_words=('create' 'delete' 'get' 'head' 'raw' 'update') ;;
    'project-repository-merge-base') _ga_words=('get') ;;
    'project-repository-merged-branch') _ga_words=('delete') ;;
    'project-repository-tag') _ga_words=('create' 'delete' 'get' 'list' 'release' 'update-release') ;;
    'project-repository-tree') _ga_words=('get') ;;
    'project-runner') _ga_words=('create' 'delete' 'list') ;;
    'project-service-asana') _ga_words=('delete' 'get' 'update') ;;
    'project-service-assembla') _ga_words=('delete' 'get' 'update') ;;
    'project-service-bamboo') _ga_words=('delete' 'get' 'update') ;;
    'project-service-bugzilla') _ga_words=('delete' 'get' 'update') ;;
    'project-service-buildkite') _ga_words=('delete' 'get' 'update') ;;
    'project-service-campfire') _ga_words=('delete' 'get' 'update') ;;
    'project-service-custom-issue-tracker') _ga_words=('delete' 'get' 'update') ;;
    'project-service-drone-ci') _ga_words=('delete' 'get' 'update') ;;
    'project-service-emails-on-push') _ga_words=('delete' 'get' 'update') ;;
    'project-service-external-wiki') _ga_words=('delete' 'get' 'update') ;;
    'project-service-flowdock') _ga_words=('delete' 'get' 'update') ;;
    'project-service-hangouts-chat') _ga_words=('delete' 'get' 'update') ;;
    'project-service-hipchat') _ga_words=('delete' 'get' 'update') ;;
    'project-service-irker') _ga_words=('delete' 'get' 'update') ;;
    'project-service-jira') _ga_words=('delete' 'get' 'update') ;;
    'project-service-kubernetes') _ga_words=('delete' 'get' 'update') ;;
    'project-service-mattermost') _ga_words=('delete' 'get' 'update') ;;
    'project-service-mattermost-slash-commands') _ga_words=('delete' 'get' 'update') ;;
    'project-service-microsoft-teams') _ga_words=('delete' 'get' 'update') ;;
    'project-service-mock-ci') _ga_words=('delete' 'get' 'update') ;;
    'project-service-packagist') _ga_words=('delete' 'get' 'update') ;;
    'project-service-pipelines-email') _ga_words=('delete' 'get' 'update') ;;
    'project-service-pivotaltracker') _ga_words=('delete' 'get' 'update') ;;
    'project-service-prometheus') _ga_words=('delete' 'get' 'update') ;;
    'project-service-pushover') _ga_words=('delete' 'get' 'update') ;;
    'project-service-redmine') _ga_words=('delete' 'get' 'update') ;;
    'project-service-slack') _ga_words=('delete' 'get' 'update') ;;
    'project-service-slack-slash-commands') _ga_words=('delete' 'get' 'update') ;;
    'project-service-teamcity') _ga_words=('delete' 'get' 'update') ;;
    'project-share') _ga_words=('delete') ;;
    'project-snippet') _ga_words=('create' 'delete' 'get' 'list' 'raw' 'update' 'user-agent-detail') ;;
    'project-snippet-award-emoji') _ga_words=('create' 'delete' 'get' 'list') ;;
    'project-snippet-discussion') _ga_words=('create' 'get' 'list') ;;
    'project-snippet-discussion-note') _ga_words=('create' 'delete' 'update') ;;
    'project-snippet-note') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-status') _ga_words=('create') ;;
    'project-template') _ga_words=('get' 'get-by-key') ;;
    'project-trigger') _ga_words=('create' 'delete' 'get' 'list' 'take-ownership' 'update') ;;
    'project-upload') _ga_words=('create') ;;
    'project-user') _ga_words=('create' 'list') ;;
    'project-variable') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-wiki') _ga_words=('create' 'delete' 'get' 'list' 'update') ;;
    'project-wiki-attachment') _ga_words=('create') ;;
    'runner') _ga_words=('create' 'delete' 'get' 'list' 'update' 'verify') ;;
    'runner-all') _ga_words=('list') ;;
    'runner-job') _ga_words=('list') ;;
    'runners') _ga_words=('delete') ;;
    'search') _ga_words=('get') ;;
    'sidekiq-compound-metrics') _ga_words=('get') ;;
    'sidekiq-job-stats') _ga_words=('get') ;;
    'sidekiq-process-metrics') _ga_words=('get') ;;
    'sidekiq-queue-metrics') _ga_words=('get') ;;
    'snippet') _ga_words=('create' 'delete' 'get' 'list' 'update' 'user-agent-detail') ;;
    'snippet-public') _ga_words=('list') ;;
    'template-dockerfile') _ga_words=('get' 'list') ;;
    'template-gitignore') _ga_words=('get' 'list') ;;
    'template-gitlab-ci-yml') _ga_words=('get' 'list') ;;
    'template-license') _ga_words=('get' 'list') ;;
    'todo') _ga_words=('list' 'mark-as-done') ;;
    'todos') _ga_words=('mark-as-done') ;;
    'user') _ga_words=('block' 'create' 'delete' 'get' 'list' 'status' 'unblock' 'update') ;;
    'user-custom-attribute') _ga_words=('delete' 'get' 'list' 'update') ;;
    'user-email') _ga_words=('create' 'delete' 'list') ;;
    'user-event') _ga_words=('list') ;;
    'user-gpg-key') _ga_words=('create' 'delete' 'get' 'list') ;;
    'user-impersonation-token') _ga_words=('create' 'delete' 'get' 'list') ;;
    'user-key') _ga_words=('create' 'delete' 'list') ;;
    'user-project') _ga_words=('list') ;;
    'version') _ga_words=('get') ;;
    *) return 1 ;;
  esac
}

# $1 command (`resource verb`): its parameters (required first), then the global options it does not shadow.
_gitlab_api_operation() {
  case $1 in
    'application create') _ga_flags=('--name' '--redirect_uri' '--scopes' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--redirect_uri' '--scopes' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'application delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'application list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'application-settings get') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'application-settings update') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'avatar get') _ga_flags=('--email' '--size' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email' '--size' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'broadcast-message create') _ga_flags=('--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'broadcast-message delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'broadcast-message get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'broadcast-message list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'broadcast-message update') _ga_flags=('--id' '--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user get') _ga_flags=('--sudo' '--url' '--token' '--oauth-token' '--job-token' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--sudo' '--url' '--token' '--oauth-token' '--job-token' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-activity list') _ga_flags=('--from' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--from' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-email create') _ga_flags=('--email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-email delete') _ga_flags=('--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-email get') _ga_flags=('--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-email list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-gpg-key create') _ga_flags=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-gpg-key delete') _ga_flags=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-gpg-key get') _ga_flags=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-gpg-key list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-key create') _ga_flags=('--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-key delete') _ga_flags=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-key get') _ga_flags=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-key list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-status get') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'current-user-status update') _ga_flags=('--emoji' '--message' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--emoji' '--message' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'deploy-key list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'event list') _ga_flags=('--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'feature create') _ga_flags=('--name' '--value' '--feature_group' '--user' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--value' '--feature_group' '--user' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'feature delete') _ga_flags=('--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'feature list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group create') _ga_flags=('--name' '--path' '--description' '--visibility' '--lfs_enabled' '--request_access_enabled' '--parent_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--path' '--description' '--visibility' '--parent_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-lfs_enabled' '--no-request_access_enabled') ;;
    'group delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group get') _ga_flags=('--id' '--with_custom_attributes' '--with_projects' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=('--no-with_custom_attributes' '--no-with_projects') ;;
    'group list') _ga_flags=('--skip_groups' '--all_available' '--search' '--order_by' '--sort' '--statistics' '--with_custom_attributes' '--owned' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--skip_groups' '--search' '--order_by' '--sort' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--skip_groups'); _ga_neg=('--no-all_available' '--no-statistics' '--no-with_custom_attributes' '--no-owned') ;;
    'group search') _ga_flags=('--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group update') _ga_flags=('--id' '--name' '--path' '--description' '--visibility' '--lfs_enabled' '--request_access_enabled' '--file_template_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--path' '--description' '--visibility' '--file_template_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-lfs_enabled' '--no-request_access_enabled') ;;
    'group-access-request approve') _ga_flags=('--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-access-request create') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-access-request delete') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-access-request list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-badge create') _ga_flags=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-badge delete') _ga_flags=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-badge get') _ga_flags=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-badge list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-badge update') _ga_flags=('--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-badge-render get') _ga_flags=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-board get') _ga_flags=('--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-board list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-board-list create') _ga_flags=('--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-board-list delete') _ga_flags=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-board-list get') _ga_flags=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-board-list list') _ga_flags=('--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-board-list update') _ga_flags=('--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-custom-attribute delete') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-custom-attribute get') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-custom-attribute list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-custom-attribute update') _ga_flags=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-issue list') _ga_flags=('--id' '--state' '--labels' '--iids' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--state' '--labels' '--iids' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--iids'); _ga_neg=() ;;
    'group-member create') _ga_flags=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-member delete') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-member get') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-member list') _ga_flags=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-member update') _ga_flags=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-member-all list') _ga_flags=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-merge-request list') _ga_flags=('--id' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-milestone create') _ga_flags=('--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-milestone delete') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-milestone get') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-milestone list') _ga_flags=('--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--iids'); _ga_neg=() ;;
    'group-milestone update') _ga_flags=('--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-milestone-issue list') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-milestone-merge-request list') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-notification-settings get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-notification-settings update') _ga_flags=('--id' '--level' '--new_note' '--new_issue' '--reopen_issue' '--close_issue' '--reassign_issue' '--issue_due' '--new_merge_request' '--push_to_merge_request' '--reopen_merge_request' '--close_merge_request' '--reassign_merge_request' '--merge_merge_request' '--failed_pipeline' '--success_pipeline' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-new_note' '--no-new_issue' '--no-reopen_issue' '--no-close_issue' '--no-reassign_issue' '--no-issue_due' '--no-new_merge_request' '--no-push_to_merge_request' '--no-reopen_merge_request' '--no-close_merge_request' '--no-reassign_merge_request' '--no-merge_merge_request' '--no-failed_pipeline' '--no-success_pipeline') ;;
    'group-project create') _ga_flags=('--id' '--project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-project list') _ga_flags=('--id' '--archived' '--visibility' '--order_by' '--sort' '--search' '--simple' '--owned' '--starred' '--with_issues_enabled' '--with_merge_requests_enabled' '--with_custom_attributes' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--visibility' '--order_by' '--sort' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-archived' '--no-simple' '--no-owned' '--no-starred' '--no-with_issues_enabled' '--no-with_merge_requests_enabled' '--no-with_custom_attributes') ;;
    'group-subgroup list') _ga_flags=('--id' '--skip_groups' '--all_available' '--search' '--order_by' '--sort' '--statistics' '--with_custom_attributes' '--owned' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--skip_groups' '--search' '--order_by' '--sort' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--skip_groups'); _ga_neg=('--no-all_available' '--no-statistics' '--no-with_custom_attributes' '--no-owned') ;;
    'group-variable create') _ga_flags=('--id' '--key' '--value' '--protected' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-protected') ;;
    'group-variable delete') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-variable get') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-variable list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'group-variable update') _ga_flags=('--id' '--key' '--value' '--protected' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-protected') ;;
    'hook create') _ga_flags=('--url' '--token' '--push_events' '--tag_push_events' '--merge_requests_events' '--repository_update_events' '--enable_ssl_verification' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-push_events' '--no-tag_push_events' '--no-merge_requests_events' '--no-repository_update_events' '--no-enable_ssl_verification') ;;
    'hook delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'hook get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'hook list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'issue list') _ga_flags=('--scope' '--state' '--labels' '--milestone' '--author_id' '--assignee_id' '--my_reaction_emoji' '--iids' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--state' '--labels' '--milestone' '--author_id' '--assignee_id' '--my_reaction_emoji' '--iids' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--iids'); _ga_neg=() ;;
    'key get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'lint create') _ga_flags=('--content' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--content' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'markdown create') _ga_flags=('--text' '--gfm' '--project' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--text' '--project' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-gfm') ;;
    'merge-request list') _ga_flags=('--scope' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--wip' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--wip' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'namespace get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'namespace list') _ga_flags=('--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'notification-settings get') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'notification-settings update') _ga_flags=('--level' '--notification_email' '--new_note' '--new_issue' '--reopen_issue' '--close_issue' '--reassign_issue' '--issue_due' '--new_merge_request' '--push_to_merge_request' '--reopen_merge_request' '--close_merge_request' '--reassign_merge_request' '--merge_merge_request' '--failed_pipeline' '--success_pipeline' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--level' '--notification_email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-new_note' '--no-new_issue' '--no-reopen_issue' '--no-close_issue' '--no-reassign_issue' '--no-issue_due' '--no-new_merge_request' '--no-push_to_merge_request' '--no-reopen_merge_request' '--no-close_merge_request' '--no-reassign_merge_request' '--no-merge_merge_request' '--no-failed_pipeline' '--no-success_pipeline') ;;
    'page-domain list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project archive') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project create') _ga_flags=('--name' '--path' '--namespace_id' '--description' '--issues_enabled' '--merge_requests_enabled' '--jobs_enabled' '--wiki_enabled' '--snippets_enabled' '--resolve_outdated_diff_discussions' '--container_registry_enabled' '--shared_runners_enabled' '--visibility' '--import_url' '--public_jobs' '--only_allow_merge_if_pipeline_succeeds' '--only_allow_merge_if_all_discussions_are_resolved' '--merge_method' '--lfs_enabled' '--request_access_enabled' '--tag_list' '--avatar' '--printing_merge_request_link_enabled' '--ci_config_path' '--initialize_with_readme' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--path' '--namespace_id' '--description' '--visibility' '--import_url' '--merge_method' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--tag_list'); _ga_neg=('--no-issues_enabled' '--no-merge_requests_enabled' '--no-jobs_enabled' '--no-wiki_enabled' '--no-snippets_enabled' '--no-resolve_outdated_diff_discussions' '--no-container_registry_enabled' '--no-shared_runners_enabled' '--no-public_jobs' '--no-only_allow_merge_if_pipeline_succeeds' '--no-only_allow_merge_if_all_discussions_are_resolved' '--no-lfs_enabled' '--no-request_access_enabled' '--no-printing_merge_request_link_enabled' '--no-initialize_with_readme') ;;
    'project delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project export') _ga_flags=('--id' '--upload' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--upload' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project fork') _ga_flags=('--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project get') _ga_flags=('--id' '--statistics' '--license' '--with_custom_attributes' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=('--no-statistics' '--no-license' '--no-with_custom_attributes') ;;
    'project get-export') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project get-import') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project housekeeping') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project import') _ga_flags=('--file' '--path' '--namespace' '--overwrite' '--override_params' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--file' '--path' '--namespace' '--override_params' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-overwrite') ;;
    'project list') _ga_flags=('--archived' '--visibility' '--order_by' '--sort' '--search' '--simple' '--owned' '--membership' '--starred' '--statistics' '--with_custom_attributes' '--with_issues_enabled' '--with_merge_requests_enabled' '--wiki_checksum_failed' '--repository_checksum_failed' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--visibility' '--order_by' '--sort' '--search' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-archived' '--no-simple' '--no-owned' '--no-membership' '--no-starred' '--no-statistics' '--no-with_custom_attributes' '--no-with_issues_enabled' '--no-with_merge_requests_enabled' '--no-wiki_checksum_failed' '--no-repository_checksum_failed') ;;
    'project pipeline') _ga_flags=('--id' '--ref' '--variables' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--ref' '--variables' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--variables'); _ga_neg=() ;;
    'project search') _ga_flags=('--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project share') _ga_flags=('--id' '--group_id' '--group_access' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--group_id' '--group_access' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project snapshot') _ga_flags=('--id' '--wiki' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=('--no-wiki') ;;
    'project star') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project transfer') _ga_flags=('--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project unarchive') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project unstar') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project update') _ga_flags=('--id' '--name' '--path' '--default_branch' '--description' '--issues_enabled' '--merge_requests_enabled' '--jobs_enabled' '--wiki_enabled' '--snippets_enabled' '--resolve_outdated_diff_discussions' '--container_registry_enabled' '--shared_runners_enabled' '--visibility' '--import_url' '--public_jobs' '--only_allow_merge_if_pipeline_succeeds' '--only_allow_merge_if_all_discussions_are_resolved' '--merge_method' '--lfs_enabled' '--request_access_enabled' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--path' '--default_branch' '--description' '--visibility' '--import_url' '--merge_method' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--tag_list'); _ga_neg=('--no-issues_enabled' '--no-merge_requests_enabled' '--no-jobs_enabled' '--no-wiki_enabled' '--no-snippets_enabled' '--no-resolve_outdated_diff_discussions' '--no-container_registry_enabled' '--no-shared_runners_enabled' '--no-public_jobs' '--no-only_allow_merge_if_pipeline_succeeds' '--no-only_allow_merge_if_all_discussions_are_resolved' '--no-lfs_enabled' '--no-request_access_enabled') ;;
    'project-access-request approve') _ga_flags=('--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-access-request create') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-access-request delete') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-access-request list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-badge create') _ga_flags=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-badge delete') _ga_flags=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-badge get') _ga_flags=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-badge list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-badge update') _ga_flags=('--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-badge-render get') _ga_flags=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-board get') _ga_flags=('--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-board list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-board-list create') _ga_flags=('--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-board-list delete') _ga_flags=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-board-list get') _ga_flags=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-board-list list') _ga_flags=('--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-board-list update') _ga_flags=('--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-commit-discussion create') _ga_flags=('--id' '--commit_id' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-commit-discussion get') _ga_flags=('--id' '--commit_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-commit-discussion list') _ga_flags=('--id' '--commit_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-commit-discussion-note create') _ga_flags=('--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-commit-discussion-note delete') _ga_flags=('--id' '--commit_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-commit-discussion-note update') _ga_flags=('--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-custom-attribute delete') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-custom-attribute get') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-custom-attribute list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-custom-attribute update') _ga_flags=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-deploy-key create') _ga_flags=('--id' '--title' '--key' '--can_push' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-can_push') ;;
    'project-deploy-key delete') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-deploy-key enable') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-deploy-key get') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-deploy-key list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-deploy-key update') _ga_flags=('--id' '--key_id' '--title' '--can_push' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-can_push') ;;
    'project-deployment get') _ga_flags=('--id' '--deployment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--deployment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-deployment list') _ga_flags=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-environment create') _ga_flags=('--id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-environment delete') _ga_flags=('--id' '--environments_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--environments_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-environment list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-environment stop') _ga_flags=('--id' '--environment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--environment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-environment update') _ga_flags=('--id' '--environments_id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--environments_id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-event list') _ga_flags=('--project_id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--project_id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-export-download get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-fork create') _ga_flags=('--id' '--forked_from_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--forked_from_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-fork delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-fork list') _ga_flags=('--id' '--archived' '--visibility' '--order_by' '--sort' '--search' '--simple' '--owned' '--membership' '--starred' '--statistics' '--with_custom_attributes' '--with_issues_enabled' '--with_merge_requests_enabled' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--visibility' '--order_by' '--sort' '--search' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-archived' '--no-simple' '--no-owned' '--no-membership' '--no-starred' '--no-statistics' '--no-with_custom_attributes' '--no-with_issues_enabled' '--no-with_merge_requests_enabled') ;;
    'project-hook create') _ga_flags=('--id' '--url' '--push_events' '--push_events_branch_filter' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--job_events' '--pipeline_events' '--wiki_page_events' '--enable_ssl_verification' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--push_events_branch_filter' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-push_events' '--no-issues_events' '--no-confidential_issues_events' '--no-merge_requests_events' '--no-tag_push_events' '--no-note_events' '--no-job_events' '--no-pipeline_events' '--no-wiki_page_events' '--no-enable_ssl_verification') ;;
    'project-hook delete') _ga_flags=('--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-hook get') _ga_flags=('--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-hook list') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-hook update') _ga_flags=('--id' '--hook_id' '--url' '--push_events' '--push_events_branch_filter' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--job_events' '--pipeline_events' '--wiki_events' '--enable_ssl_verification' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--hook_id' '--url' '--push_events_branch_filter' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-push_events' '--no-issues_events' '--no-confidential_issues_events' '--no-merge_requests_events' '--no-tag_push_events' '--no-note_events' '--no-job_events' '--no-pipeline_events' '--no-wiki_events' '--no-enable_ssl_verification') ;;
    'project-issue add-spent-time') _ga_flags=('--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue closed-by') _ga_flags=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue create') _ga_flags=('--id' '--title' '--iid' '--description' '--confidential' '--assignee_ids' '--milestone_id' '--labels' '--created_at' '--due_date' '--merge_request_to_resolve_discussions_of' '--discussion_to_resolve' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--iid' '--description' '--assignee_ids' '--milestone_id' '--labels' '--created_at' '--due_date' '--merge_request_to_resolve_discussions_of' '--discussion_to_resolve' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--assignee_ids'); _ga_neg=('--no-confidential') ;;
    'project-issue delete') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue get') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue list') _ga_flags=('--id' '--iids' '--state' '--labels' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--iids' '--state' '--labels' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--iids'); _ga_neg=() ;;
    'project-issue move') _ga_flags=('--id' '--issue_iid' '--to_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--to_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue reset-spent-time') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue reset-time-estimate') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue subscribe') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue time-estimate') _ga_flags=('--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue todo') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue unsubscribe') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue update') _ga_flags=('--id' '--issue_iid' '--title' '--description' '--confidential' '--assignee_ids' '--milestone_id' '--labels' '--state_event' '--updated_at' '--due_date' '--discussion_locked' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--title' '--description' '--assignee_ids' '--milestone_id' '--labels' '--state_event' '--updated_at' '--due_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--assignee_ids'); _ga_neg=('--no-confidential' '--no-discussion_locked') ;;
    'project-issue user-agent-detail') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-award-emoji create') _ga_flags=('--id' '--issue_iid' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-award-emoji delete') _ga_flags=('--id' '--issue_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-award-emoji get') _ga_flags=('--id' '--issue_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-award-emoji list') _ga_flags=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-discussion create') _ga_flags=('--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-discussion get') _ga_flags=('--id' '--issue_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-discussion list') _ga_flags=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-discussion-note create') _ga_flags=('--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-discussion-note delete') _ga_flags=('--id' '--issue_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-discussion-note update') _ga_flags=('--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-note create') _ga_flags=('--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-note delete') _ga_flags=('--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-note get') _ga_flags=('--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-note list') _ga_flags=('--id' '--issue_iid' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-note update') _ga_flags=('--id' '--issue_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-note-award-emoji create') _ga_flags=('--id' '--issue_iid' '--note_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-note-award-emoji delete') _ga_flags=('--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-note-award-emoji get') _ga_flags=('--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-note-award-emoji list') _ga_flags=('--id' '--issue_iid' '--note_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-participant list') _ga_flags=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-related-merge-request list') _ga_flags=('--id' '--issue_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-resource-label-event get') _ga_flags=('--id' '--issue_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-resource-label-event list') _ga_flags=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-issue-time-stats get') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job cancel') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job erase') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job get') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job list') _ga_flags=('--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--scope'); _ga_neg=() ;;
    'project-job play') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job retry') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job trace') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job-artifact download') _ga_flags=('--id' '--ref_name' '--job' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--ref_name' '--job' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job-artifact get') _ga_flags=('--id' '--job_id' '--artifact_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--artifact_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job-artifact keep') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-job-artifact list') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-label create') _ga_flags=('--id' '--name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-label delete') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-label list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-label subscribe') _ga_flags=('--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-label unsubscribe') _ga_flags=('--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-label update') _ga_flags=('--id' '--name' '--new_name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--new_name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-language list') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-member create') _ga_flags=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-member delete') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-member get') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-member list') _ga_flags=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-member update') _ga_flags=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-member-all list') _ga_flags=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request add-spent-time') _ga_flags=('--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request cancel-merge-when-pipeline-succeeds') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request create') _ga_flags=('--id' '--source_branch' '--target_branch' '--title' '--assignee_id' '--description' '--target_project_id' '--labels' '--milestone_id' '--remove_source_branch' '--allow_collaboration' '--allow_maintainer_to_push' '--squash' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--source_branch' '--target_branch' '--title' '--assignee_id' '--description' '--target_project_id' '--labels' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-remove_source_branch' '--no-allow_collaboration' '--no-allow_maintainer_to_push' '--no-squash') ;;
    'project-merge-request delete') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request get') _ga_flags=('--id' '--merge_request_iid' '--render_html' '--include_diverged_commits_count' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=('--no-render_html' '--no-include_diverged_commits_count') ;;
    'project-merge-request list') _ga_flags=('--id' '--state' '--iids' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--state' '--iids' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--iids'); _ga_neg=() ;;
    'project-merge-request merge') _ga_flags=('--id' '--merge_request_iid' '--sha' '--merge_commit_message' '--should_remove_source_branch' '--merge_when_pipeline_succeeds' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--sha' '--merge_commit_message' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-should_remove_source_branch' '--no-merge_when_pipeline_succeeds') ;;
    'project-merge-request reset-spent-time') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request reset-time-estimate') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request subscribe') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request time-estimate') _ga_flags=('--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request todo') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request unsubscribe') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request update') _ga_flags=('--id' '--merge_request_iid' '--target_branch' '--title' '--assignee_id' '--milestone_id' '--labels' '--description' '--state_event' '--remove_source_branch' '--squash' '--discussion_locked' '--allow_collaboration' '--allow_maintainer_to_push' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--target_branch' '--title' '--assignee_id' '--milestone_id' '--labels' '--description' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-remove_source_branch' '--no-squash' '--no-discussion_locked' '--no-allow_collaboration' '--no-allow_maintainer_to_push') ;;
    'project-merge-request-award-emoji create') _ga_flags=('--id' '--merge_request_iid' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-award-emoji delete') _ga_flags=('--id' '--merge_request_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-award-emoji get') _ga_flags=('--id' '--merge_request_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-award-emoji list') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-change list') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-closes-issue list') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-commit list') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-discussion create') _ga_flags=('--id' '--merge_request_iid' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-discussion get') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-discussion list') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-discussion update') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--resolved' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-resolved') ;;
    'project-merge-request-discussion-note create') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-discussion-note delete') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-discussion-note update') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--resolved' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-resolved') ;;
    'project-merge-request-note create') _ga_flags=('--id' '--merge_request_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-note delete') _ga_flags=('--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-note get') _ga_flags=('--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-note list') _ga_flags=('--id' '--merge_request_iid' '--sort' '--order_by' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--sort' '--order_by' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-note update') _ga_flags=('--id' '--merge_request_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-participant list') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-pipeline list') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-resource-label-event get') _ga_flags=('--id' '--merge_request_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-resource-label-event list') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-time-stats get') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-version get') _ga_flags=('--id' '--merge_request_iid' '--version_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--version_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-merge-request-version list') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-milestone create') _ga_flags=('--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-milestone delete') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-milestone get') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-milestone list') _ga_flags=('--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--iids'); _ga_neg=() ;;
    'project-milestone update') _ga_flags=('--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-milestone-issue list') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-milestone-merge-request list') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-notification-settings get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-notification-settings update') _ga_flags=('--id' '--level' '--new_note' '--new_issue' '--reopen_issue' '--close_issue' '--reassign_issue' '--issue_due' '--new_merge_request' '--push_to_merge_request' '--reopen_merge_request' '--close_merge_request' '--reassign_merge_request' '--merge_merge_request' '--failed_pipeline' '--success_pipeline' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-new_note' '--no-new_issue' '--no-reopen_issue' '--no-close_issue' '--no-reassign_issue' '--no-issue_due' '--no-new_merge_request' '--no-push_to_merge_request' '--no-reopen_merge_request' '--no-close_merge_request' '--no-reassign_merge_request' '--no-merge_merge_request' '--no-failed_pipeline' '--no-success_pipeline') ;;
    'project-page-domain create') _ga_flags=('--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-page-domain delete') _ga_flags=('--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-page-domain get') _ga_flags=('--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-page-domain list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-page-domain update') _ga_flags=('--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline cancel') _ga_flags=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline get') _ga_flags=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline list') _ga_flags=('--id' '--scope' '--status' '--ref' '--sha' '--yaml_errors' '--name' '--username' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--status' '--ref' '--sha' '--name' '--username' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-yaml_errors') ;;
    'project-pipeline retry') _ga_flags=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline-job list') _ga_flags=('--id' '--pipeline_id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=('--scope'); _ga_neg=() ;;
    'project-pipeline-schedule create') _ga_flags=('--id' '--description' '--ref' '--cron' '--cron_timezone' '--active' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--description' '--ref' '--cron' '--cron_timezone' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-active') ;;
    'project-pipeline-schedule delete') _ga_flags=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline-schedule get') _ga_flags=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline-schedule list') _ga_flags=('--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline-schedule take-ownership') _ga_flags=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline-schedule update') _ga_flags=('--id' '--pipeline_schedule_id' '--description' '--ref' '--cron' '--cron_timezone' '--active' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--description' '--ref' '--cron' '--cron_timezone' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-active') ;;
    'project-pipeline-schedule-variable create') _ga_flags=('--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline-schedule-variable delete') _ga_flags=('--id' '--pipeline_schedule_id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-pipeline-schedule-variable update') _ga_flags=('--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-protected-branch create') _ga_flags=('--id' '--name' '--push_access_level' '--merge_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--push_access_level' '--merge_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-protected-branch delete') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-protected-branch get') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-protected-branch list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-protected-tag create') _ga_flags=('--id' '--name' '--create_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--create_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-protected-tag delete') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-protected-tag get') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-protected-tag list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-archive get') _ga_flags=('--id' '--sha' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-blob get') _ga_flags=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-blob raw') _ga_flags=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-branch create') _ga_flags=('--id' '--branch' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-branch delete') _ga_flags=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-branch get') _ga_flags=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-branch list') _ga_flags=('--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-branch protect') _ga_flags=('--id' '--branch' '--developers_can_push' '--developers_can_merge' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-developers_can_push' '--no-developers_can_merge') ;;
    'project-repository-branch unprotect') _ga_flags=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-commit cherry-pick') _ga_flags=('--id' '--sha' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-commit create') _ga_flags=('--id' '--branch' '--commit_message' '--actions' '--start_branch' '--author_email' '--author_name' '--stats' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--commit_message' '--actions' '--start_branch' '--author_email' '--author_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--actions'); _ga_neg=('--no-stats') ;;
    'project-repository-commit diff') _ga_flags=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-commit get') _ga_flags=('--id' '--sha' '--stats' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=('--no-stats') ;;
    'project-repository-commit list') _ga_flags=('--id' '--ref_name' '--since' '--until' '--path' '--all' '--with_stats' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--ref_name' '--since' '--until' '--path' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-all' '--no-with_stats') ;;
    'project-repository-commit-comment create') _ga_flags=('--id' '--sha' '--note' '--path' '--line' '--line_type' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--note' '--path' '--line' '--line_type' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-commit-comment list') _ga_flags=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-commit-merge-request list') _ga_flags=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-commit-ref list') _ga_flags=('--id' '--sha' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-commit-status list') _ga_flags=('--id' '--sha' '--ref' '--stage' '--name' '--all' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--ref' '--stage' '--name' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-all') ;;
    'project-repository-compare get') _ga_flags=('--id' '--from' '--to' '--straight' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--from' '--to' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=('--no-straight') ;;
    'project-repository-contributor list') _ga_flags=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-file create') _ga_flags=('--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-file delete') _ga_flags=('--id' '--file_path' '--branch' '--commit_message' '--start_branch' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--branch' '--commit_message' '--start_branch' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-file get') _ga_flags=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-file head') _ga_flags=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-file raw') _ga_flags=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-file update') _ga_flags=('--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-merge-base get') _ga_flags=('--id' '--refs' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--refs' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=('--refs'); _ga_neg=() ;;
    'project-repository-merged-branch delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-tag create') _ga_flags=('--id' '--tag_name' '--ref' '--message' '--release_description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--ref' '--message' '--release_description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-tag delete') _ga_flags=('--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-tag get') _ga_flags=('--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-tag list') _ga_flags=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-tag release') _ga_flags=('--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-tag update-release') _ga_flags=('--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-repository-tree get') _ga_flags=('--id' '--path' '--ref' '--recursive' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--path' '--ref' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-recursive') ;;
    'project-runner create') _ga_flags=('--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-runner delete') _ga_flags=('--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-runner list') _ga_flags=('--id' '--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-asana delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-asana get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-asana update') _ga_flags=('--id' '--api_key' '--restrict_to_branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--api_key' '--restrict_to_branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-assembla delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-assembla get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-assembla update') _ga_flags=('--id' '--token' '--subdomain' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--subdomain' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-bamboo delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-bamboo get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-bamboo update') _ga_flags=('--id' '--bamboo_url' '--build_key' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--bamboo_url' '--build_key' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-bugzilla delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-bugzilla get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-bugzilla update') _ga_flags=('--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-buildkite delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-buildkite get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-buildkite update') _ga_flags=('--id' '--token' '--project_url' '--enable_ssl_verification' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--project_url' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-enable_ssl_verification') ;;
    'project-service-campfire delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-campfire get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-campfire update') _ga_flags=('--id' '--token' '--subdomain' '--room' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--subdomain' '--room' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-custom-issue-tracker delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-custom-issue-tracker get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-custom-issue-tracker update') _ga_flags=('--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-drone-ci delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-drone-ci get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-drone-ci update') _ga_flags=('--id' '--token' '--drone_url' '--enable_ssl_verification' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--drone_url' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-enable_ssl_verification') ;;
    'project-service-emails-on-push delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-emails-on-push get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-emails-on-push update') _ga_flags=('--id' '--recipients' '--disable_diffs' '--send_from_committer_email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--recipients' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-disable_diffs' '--no-send_from_committer_email') ;;
    'project-service-external-wiki delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-external-wiki get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-external-wiki update') _ga_flags=('--id' '--external_wiki_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--external_wiki_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-flowdock delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-flowdock get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-flowdock update') _ga_flags=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-hangouts-chat delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-hangouts-chat get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-hangouts-chat update') _ga_flags=('--id' '--webhook' '--notify_only_broken_pipelines' '--notify_only_default_branch' '--push_events' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--pipeline_events' '--wiki_page_events' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--webhook' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-notify_only_broken_pipelines' '--no-notify_only_default_branch' '--no-push_events' '--no-issues_events' '--no-confidential_issues_events' '--no-merge_requests_events' '--no-tag_push_events' '--no-note_events' '--no-pipeline_events' '--no-wiki_page_events') ;;
    'project-service-hipchat delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-hipchat get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-hipchat update') _ga_flags=('--id' '--token' '--color' '--notify' '--room' '--api_version' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--color' '--room' '--api_version' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-notify') ;;
    'project-service-irker delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-irker get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-irker update') _ga_flags=('--id' '--recipients' '--default_irc_uri' '--server_host' '--server_port' '--colorize_messages' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--recipients' '--default_irc_uri' '--server_host' '--server_port' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-colorize_messages') ;;
    'project-service-jira delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-jira get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-jira update') _ga_flags=('--id' '--url' '--project_key' '--username' '--password' '--jira_issue_transition_id' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--project_key' '--username' '--password' '--jira_issue_transition_id' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-kubernetes delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-kubernetes get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-kubernetes update') _ga_flags=('--id' '--namespace' '--api_url' '--token' '--ca_pem' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--namespace' '--api_url' '--token' '--ca_pem' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-mattermost delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-mattermost get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-mattermost update') _ga_flags=('--id' '--webhook' '--username' '--channel' '--notify_only_broken_pipelines' '--notify_only_default_branch' '--push_events' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--pipeline_events' '--wiki_page_events' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--webhook' '--username' '--channel' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-notify_only_broken_pipelines' '--no-notify_only_default_branch' '--no-push_events' '--no-issues_events' '--no-confidential_issues_events' '--no-merge_requests_events' '--no-tag_push_events' '--no-note_events' '--no-pipeline_events' '--no-wiki_page_events') ;;
    'project-service-mattermost-slash-commands delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-mattermost-slash-commands get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-mattermost-slash-commands update') _ga_flags=('--id' '--token' '--username' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--username' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-microsoft-teams delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-microsoft-teams get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-microsoft-teams update') _ga_flags=('--id' '--webhook' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--webhook' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-mock-ci delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-mock-ci get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-mock-ci update') _ga_flags=('--id' '--mock_service_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--mock_service_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-packagist delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-packagist get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-packagist update') _ga_flags=('--id' '--username' '--token' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--username' '--token' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-pipelines-email delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-pipelines-email get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-pipelines-email update') _ga_flags=('--id' '--recipients' '--add_pusher' '--notify_only_broken_pipelines' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--recipients' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-add_pusher' '--no-notify_only_broken_pipelines') ;;
    'project-service-pivotaltracker delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-pivotaltracker get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-pivotaltracker update') _ga_flags=('--id' '--token' '--restrict_to_branch' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-restrict_to_branch') ;;
    'project-service-prometheus delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-prometheus get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-prometheus update') _ga_flags=('--id' '--api_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--api_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-pushover delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-pushover get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-pushover update') _ga_flags=('--id' '--api_key' '--user_key' '--priority' '--device' '--sound' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--api_key' '--user_key' '--priority' '--device' '--sound' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-redmine delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-redmine get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-redmine update') _ga_flags=('--id' '--new_issue_url' '--project_url' '--issues_url' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--new_issue_url' '--project_url' '--issues_url' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-slack delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-slack get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-slack update') _ga_flags=('--id' '--webhook' '--username' '--channel' '--notify_only_broken_pipelines' '--notify_only_default_branch' '--push_events' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--pipeline_events' '--wiki_page_events' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--webhook' '--username' '--channel' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-notify_only_broken_pipelines' '--no-notify_only_default_branch' '--no-push_events' '--no-issues_events' '--no-confidential_issues_events' '--no-merge_requests_events' '--no-tag_push_events' '--no-note_events' '--no-pipeline_events' '--no-wiki_page_events') ;;
    'project-service-slack-slash-commands delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-slack-slash-commands get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-slack-slash-commands update') _ga_flags=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-teamcity delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-teamcity get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-service-teamcity update') _ga_flags=('--id' '--teamcity_url' '--build_type' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--teamcity_url' '--build_type' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-share delete') _ga_flags=('--id' '--group_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--group_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet create') _ga_flags=('--id' '--title' '--file_name' '--code' '--visibility' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--file_name' '--code' '--visibility' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet delete') _ga_flags=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet get') _ga_flags=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet list') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet raw') _ga_flags=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet update') _ga_flags=('--id' '--snippet_id' '--title' '--file_name' '--description' '--code' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--title' '--file_name' '--description' '--code' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet user-agent-detail') _ga_flags=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-award-emoji create') _ga_flags=('--id' '--snippet_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-award-emoji delete') _ga_flags=('--id' '--snippet_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-award-emoji get') _ga_flags=('--id' '--snippet_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-award-emoji list') _ga_flags=('--id' '--snippet_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-discussion create') _ga_flags=('--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-discussion get') _ga_flags=('--id' '--snippet_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-discussion list') _ga_flags=('--id' '--snippet_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-discussion-note create') _ga_flags=('--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-discussion-note delete') _ga_flags=('--id' '--snippet_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-discussion-note update') _ga_flags=('--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-note create') _ga_flags=('--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-note delete') _ga_flags=('--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-note get') _ga_flags=('--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-note list') _ga_flags=('--id' '--snippet_id' '--sort' '--order_by' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--sort' '--order_by' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-snippet-note update') _ga_flags=('--id' '--snippet_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-status create') _ga_flags=('--id' '--sha' '--state' '--ref' '--name' '--context' '--target_url' '--description' '--coverage' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--state' '--ref' '--name' '--context' '--target_url' '--description' '--coverage' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-template get') _ga_flags=('--id' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-template get-by-key') _ga_flags=('--id' '--type' '--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--type' '--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-trigger create') _ga_flags=('--id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-trigger delete') _ga_flags=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-trigger get') _ga_flags=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-trigger list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-trigger take-ownership') _ga_flags=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-trigger update') _ga_flags=('--id' '--trigger_id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--trigger_id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-upload create') _ga_flags=('--id' '--file' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-user create') _ga_flags=('--user_id' '--name' '--path' '--default_branch' '--namespace_id' '--description' '--issues_enabled' '--merge_requests_enabled' '--jobs_enabled' '--wiki_enabled' '--snippets_enabled' '--resolve_outdated_diff_discussions' '--container_registry_enabled' '--shared_runners_enabled' '--visibility' '--import_url' '--public_jobs' '--only_allow_merge_if_pipeline_succeeds' '--only_allow_merge_if_all_discussions_are_resolved' '--merge_method' '--lfs_enabled' '--request_access_enabled' '--tag_list' '--avatar' '--printing_merge_request_link_enabled' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--name' '--path' '--default_branch' '--namespace_id' '--description' '--visibility' '--import_url' '--merge_method' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--tag_list'); _ga_neg=('--no-issues_enabled' '--no-merge_requests_enabled' '--no-jobs_enabled' '--no-wiki_enabled' '--no-snippets_enabled' '--no-resolve_outdated_diff_discussions' '--no-container_registry_enabled' '--no-shared_runners_enabled' '--no-public_jobs' '--no-only_allow_merge_if_pipeline_succeeds' '--no-only_allow_merge_if_all_discussions_are_resolved' '--no-lfs_enabled' '--no-request_access_enabled' '--no-printing_merge_request_link_enabled') ;;
    'project-user list') _ga_flags=('--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-variable create') _ga_flags=('--id' '--key' '--value' '--protected' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-protected') ;;
    'project-variable delete') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-variable get') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-variable list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-variable update') _ga_flags=('--id' '--key' '--value' '--protected' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-protected') ;;
    'project-wiki create') _ga_flags=('--id' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-wiki delete') _ga_flags=('--id' '--slug' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--slug' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-wiki get') _ga_flags=('--id' '--slug' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--slug' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-wiki list') _ga_flags=('--id' '--with_content' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-with_content') ;;
    'project-wiki update') _ga_flags=('--id' '--slug' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--slug' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'project-wiki-attachment create') _ga_flags=('--id' '--file' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'runner create') _ga_flags=('--token' '--description' '--info' '--active' '--locked' '--run_untagged' '--tag_list' '--maximum_timeout' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--token' '--description' '--info' '--tag_list' '--maximum_timeout' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--tag_list'); _ga_neg=('--no-active' '--no-locked' '--no-run_untagged') ;;
    'runner delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'runner get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'runner list') _ga_flags=('--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'runner update') _ga_flags=('--id' '--description' '--active' '--tag_list' '--run_untagged' '--locked' '--access_level' '--maximum_timeout' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--description' '--tag_list' '--access_level' '--maximum_timeout' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--tag_list'); _ga_neg=('--no-active' '--no-run_untagged' '--no-locked') ;;
    'runner verify') _ga_flags=('--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'runner-all list') _ga_flags=('--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'runner-job list') _ga_flags=('--id' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'runners delete') _ga_flags=('--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'search get') _ga_flags=('--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'sidekiq-compound-metrics get') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'sidekiq-job-stats get') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'sidekiq-process-metrics get') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'sidekiq-queue-metrics get') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'snippet create') _ga_flags=('--title' '--file_name' '--content' '--description' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--title' '--file_name' '--content' '--description' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'snippet delete') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'snippet get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'snippet list') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'snippet update') _ga_flags=('--id' '--title' '--file_name' '--description' '--content' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--file_name' '--description' '--content' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'snippet user-agent-detail') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'snippet-public list') _ga_flags=('--per_page' '--page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--per_page' '--page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'template-dockerfile get') _ga_flags=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'template-dockerfile list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'template-gitignore get') _ga_flags=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'template-gitignore list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'template-gitlab-ci-yml get') _ga_flags=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'template-gitlab-ci-yml list') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'template-license get') _ga_flags=('--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'template-license list') _ga_flags=('--popular' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-popular') ;;
    'todo list') _ga_flags=('--action' '--author_id' '--project_id' '--group_id' '--state' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--action' '--author_id' '--project_id' '--group_id' '--state' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'todo mark-as-done') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'todos mark-as-done') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user block') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user create') _ga_flags=('--email' '--username' '--name' '--password' '--reset_password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--admin' '--can_create_group' '--skip_confirmation' '--external' '--avatar' '--private_profile' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email' '--username' '--name' '--password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--avatar' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-reset_password' '--no-admin' '--no-can_create_group' '--no-skip_confirmation' '--no-external' '--no-private_profile') ;;
    'user delete') _ga_flags=('--id' '--hard_delete' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=('--no-hard_delete') ;;
    'user get') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user list') _ga_flags=('--search' '--order_by' '--sort' '--two_factor' '--external' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--search' '--order_by' '--sort' '--two_factor' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-external') ;;
    'user status') _ga_flags=('--id_or_username' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id_or_username' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user unblock') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user update') _ga_flags=('--id' '--email' '--username' '--name' '--password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--admin' '--can_create_group' '--skip_reconfirmation' '--external' '--avatar' '--private_profile' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--email' '--username' '--name' '--password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--avatar' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-admin' '--no-can_create_group' '--no-skip_reconfirmation' '--no-external' '--no-private_profile') ;;
    'user-custom-attribute delete') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-custom-attribute get') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-custom-attribute list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-custom-attribute update') _ga_flags=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-email create') _ga_flags=('--id' '--email' '--skip_confirmation' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=('--no-skip_confirmation') ;;
    'user-email delete') _ga_flags=('--id' '--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-email list') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-event list') _ga_flags=('--id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-gpg-key create') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-gpg-key delete') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-gpg-key get') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-gpg-key list') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-impersonation-token create') _ga_flags=('--user_id' '--name' '--scopes' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--name' '--scopes' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=('--scopes'); _ga_neg=() ;;
    'user-impersonation-token delete') _ga_flags=('--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-impersonation-token get') _ga_flags=('--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-impersonation-token list') _ga_flags=('--user_id' '--state' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--state' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-key create') _ga_flags=('--id' '--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--data' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-key delete') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-key list') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    'user-project list') _ga_flags=('--user_id' '--archived' '--visibility' '--order_by' '--sort' '--search' '--simple' '--owned' '--membership' '--starred' '--statistics' '--with_custom_attributes' '--with_issues_enabled' '--with_merge_requests_enabled' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--visibility' '--order_by' '--sort' '--search' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--max-pages' '--timeout'); _ga_repeat=(); _ga_neg=('--no-archived' '--no-simple' '--no-owned' '--no-membership' '--no-starred' '--no-statistics' '--no-with_custom_attributes' '--no-with_issues_enabled' '--no-with_merge_requests_enabled') ;;
    'version get') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--include' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--output-file' '--timeout'); _ga_repeat=(); _ga_neg=() ;;
    *) return 1 ;;
  esac
}

# $1 command (`api`, or empty before one), $2 option: sets _ga_words (values) or _ga_kind (file, data).
_gitlab_api_values() {
  case $1 in
    'application create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'application delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'application list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'application-settings get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'application-settings update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'avatar get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'broadcast-message create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'broadcast-message delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'broadcast-message get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'broadcast-message list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'broadcast-message update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'current-user get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-activity list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-email create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'current-user-email delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-email get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-email list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-gpg-key create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'current-user-gpg-key delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-gpg-key get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-gpg-key list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-key create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'current-user-key delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-key get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-key list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-status get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'current-user-status update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'deploy-key list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'event list')
      case $2 in
        '--action') _ga_words=('created' 'updated' 'closed' 'reopened' 'pushed' 'commented' 'merged' 'joined' 'left' 'destroyed' 'expired') ;;
        '--target_type') _ga_words=('issue' 'milestone' 'merge_request' 'note' 'project' 'snippet' 'user') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'feature create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'feature delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'feature list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group create')
      case $2 in
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group get')
      case $2 in
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--with_projects') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group list')
      case $2 in
        '--all_available') _ga_words=('true' 'false') ;;
        '--order_by') _ga_words=('name' 'path' 'id') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--min_access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group search')
      case $2 in
        '--scope') _ga_words=('projects' 'issues' 'merge_requests' 'milestones') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group update')
      case $2 in
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-access-request approve')
      case $2 in
        '--access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-access-request create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-access-request delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-access-request list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-badge create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-badge delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-badge get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-badge list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-badge update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-badge-render get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-board get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-board list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-board-list create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-board-list delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-board-list get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-board-list list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-board-list update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-custom-attribute delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-custom-attribute get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-custom-attribute list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-custom-attribute update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-issue list')
      case $2 in
        '--state') _ga_words=('all' 'opened' 'closed') ;;
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--assignee_id') _ga_words=('None' 'Any') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-member create')
      case $2 in
        '--access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-member delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-member get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-member list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-member update')
      case $2 in
        '--access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-member-all list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-merge-request list')
      case $2 in
        '--state') _ga_words=('all' 'opened' 'closed' 'locked' 'merged') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--assignee_id') _ga_words=('None' 'Any') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-milestone create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-milestone delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-milestone get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-milestone list')
      case $2 in
        '--state') _ga_words=('active' 'closed') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-milestone update')
      case $2 in
        '--state_event') _ga_words=('close' 'activate') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-milestone-issue list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-milestone-merge-request list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-notification-settings get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-notification-settings update')
      case $2 in
        '--new_note') _ga_words=('true' 'false') ;;
        '--new_issue') _ga_words=('true' 'false') ;;
        '--reopen_issue') _ga_words=('true' 'false') ;;
        '--close_issue') _ga_words=('true' 'false') ;;
        '--reassign_issue') _ga_words=('true' 'false') ;;
        '--issue_due') _ga_words=('true' 'false') ;;
        '--new_merge_request') _ga_words=('true' 'false') ;;
        '--push_to_merge_request') _ga_words=('true' 'false') ;;
        '--reopen_merge_request') _ga_words=('true' 'false') ;;
        '--close_merge_request') _ga_words=('true' 'false') ;;
        '--reassign_merge_request') _ga_words=('true' 'false') ;;
        '--merge_merge_request') _ga_words=('true' 'false') ;;
        '--failed_pipeline') _ga_words=('true' 'false') ;;
        '--success_pipeline') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-project create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-project list')
      case $2 in
        '--archived') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('public' 'internal' 'private') ;;
        '--order_by') _ga_words=('id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--simple') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--starred') _ga_words=('true' 'false') ;;
        '--with_issues_enabled') _ga_words=('true' 'false') ;;
        '--with_merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-subgroup list')
      case $2 in
        '--all_available') _ga_words=('true' 'false') ;;
        '--order_by') _ga_words=('name' 'path' 'id') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--min_access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-variable create')
      case $2 in
        '--protected') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'group-variable delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-variable get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-variable list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'group-variable update')
      case $2 in
        '--protected') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'hook create')
      case $2 in
        '--push_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--repository_update_events') _ga_words=('true' 'false') ;;
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'hook delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'hook get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'hook list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'issue list')
      case $2 in
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--state') _ga_words=('all' 'opened' 'closed') ;;
        '--assignee_id') _ga_words=('None' 'Any') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'key get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'lint create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'markdown create')
      case $2 in
        '--gfm') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'merge-request list')
      case $2 in
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--state') _ga_words=('all' 'opened' 'closed' 'locked' 'merged') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--assignee_id') _ga_words=('None' 'Any') ;;
        '--wip') _ga_words=('yes' 'no') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'namespace get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'namespace list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'notification-settings get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'notification-settings update')
      case $2 in
        '--new_note') _ga_words=('true' 'false') ;;
        '--new_issue') _ga_words=('true' 'false') ;;
        '--reopen_issue') _ga_words=('true' 'false') ;;
        '--close_issue') _ga_words=('true' 'false') ;;
        '--reassign_issue') _ga_words=('true' 'false') ;;
        '--issue_due') _ga_words=('true' 'false') ;;
        '--new_merge_request') _ga_words=('true' 'false') ;;
        '--push_to_merge_request') _ga_words=('true' 'false') ;;
        '--reopen_merge_request') _ga_words=('true' 'false') ;;
        '--close_merge_request') _ga_words=('true' 'false') ;;
        '--reassign_merge_request') _ga_words=('true' 'false') ;;
        '--merge_merge_request') _ga_words=('true' 'false') ;;
        '--failed_pipeline') _ga_words=('true' 'false') ;;
        '--success_pipeline') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'page-domain list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project archive')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project create')
      case $2 in
        '--issues_enabled') _ga_words=('true' 'false') ;;
        '--merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--jobs_enabled') _ga_words=('true' 'false') ;;
        '--wiki_enabled') _ga_words=('true' 'false') ;;
        '--snippets_enabled') _ga_words=('true' 'false') ;;
        '--resolve_outdated_diff_discussions') _ga_words=('true' 'false') ;;
        '--container_registry_enabled') _ga_words=('true' 'false') ;;
        '--shared_runners_enabled') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--public_jobs') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_pipeline_succeeds') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_all_discussions_are_resolved') _ga_words=('true' 'false') ;;
        '--merge_method') _ga_words=('merge' 'rebase_merge' 'ff') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--avatar') _ga_kind=file ;;
        '--printing_merge_request_link_enabled') _ga_words=('true' 'false') ;;
        '--initialize_with_readme') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project export')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project fork')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project get')
      case $2 in
        '--statistics') _ga_words=('true' 'false') ;;
        '--license') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project get-export')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project get-import')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project housekeeping')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project import')
      case $2 in
        '--file') _ga_kind=file ;;
        '--overwrite') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project list')
      case $2 in
        '--archived') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('public' 'internal' 'private') ;;
        '--order_by') _ga_words=('id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--simple') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--membership') _ga_words=('true' 'false') ;;
        '--starred') _ga_words=('true' 'false') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--with_issues_enabled') _ga_words=('true' 'false') ;;
        '--with_merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--wiki_checksum_failed') _ga_words=('true' 'false') ;;
        '--repository_checksum_failed') _ga_words=('true' 'false') ;;
        '--min_access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project pipeline')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project search')
      case $2 in
        '--scope') _ga_words=('issues' 'merge_requests' 'milestones' 'notes' 'wiki_blobs' 'commits' 'blobs') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project share')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project snapshot')
      case $2 in
        '--wiki') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project star')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project transfer')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project unarchive')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project unstar')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project update')
      case $2 in
        '--issues_enabled') _ga_words=('true' 'false') ;;
        '--merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--jobs_enabled') _ga_words=('true' 'false') ;;
        '--wiki_enabled') _ga_words=('true' 'false') ;;
        '--snippets_enabled') _ga_words=('true' 'false') ;;
        '--resolve_outdated_diff_discussions') _ga_words=('true' 'false') ;;
        '--container_registry_enabled') _ga_words=('true' 'false') ;;
        '--shared_runners_enabled') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--public_jobs') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_pipeline_succeeds') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_all_discussions_are_resolved') _ga_words=('true' 'false') ;;
        '--merge_method') _ga_words=('merge' 'rebase_merge' 'ff') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--avatar') _ga_kind=file ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-access-request approve')
      case $2 in
        '--access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-access-request create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-access-request delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-access-request list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-badge create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-badge delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-badge get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-badge list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-badge update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-badge-render get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-board get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-board list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-board-list create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-board-list delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-board-list get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-board-list list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-board-list update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-commit-discussion create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-commit-discussion get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-commit-discussion list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-commit-discussion-note create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-commit-discussion-note delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-commit-discussion-note update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-custom-attribute delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-custom-attribute get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-custom-attribute list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-custom-attribute update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-deploy-key create')
      case $2 in
        '--can_push') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-deploy-key delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-deploy-key enable')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-deploy-key get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-deploy-key list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-deploy-key update')
      case $2 in
        '--can_push') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-deployment get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-deployment list')
      case $2 in
        '--order_by') _ga_words=('id' 'iid' 'created_at' 'ref') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-environment create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-environment delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-environment list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-environment stop')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-environment update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-event list')
      case $2 in
        '--action') _ga_words=('created' 'updated' 'closed' 'reopened' 'pushed' 'commented' 'merged' 'joined' 'left' 'destroyed' 'expired') ;;
        '--target_type') _ga_words=('issue' 'milestone' 'merge_request' 'note' 'project' 'snippet' 'user') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-export-download get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-fork create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-fork delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-fork list')
      case $2 in
        '--archived') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('public' 'internal' 'private') ;;
        '--order_by') _ga_words=('id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--simple') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--membership') _ga_words=('true' 'false') ;;
        '--starred') _ga_words=('true' 'false') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--with_issues_enabled') _ga_words=('true' 'false') ;;
        '--with_merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--min_access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-hook create')
      case $2 in
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--job_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_page_events') _ga_words=('true' 'false') ;;
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-hook delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-hook get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-hook list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-hook update')
      case $2 in
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--job_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_events') _ga_words=('true' 'false') ;;
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue add-spent-time')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue closed-by')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue create')
      case $2 in
        '--confidential') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue list')
      case $2 in
        '--state') _ga_words=('all' 'opened' 'closed') ;;
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--assignee_id') _ga_words=('None' 'Any') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue move')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue reset-spent-time')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue reset-time-estimate')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue subscribe')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue time-estimate')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue todo')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue unsubscribe')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue update')
      case $2 in
        '--confidential') _ga_words=('true' 'false') ;;
        '--assignee_ids') _ga_words=('0') ;;
        '--state_event') _ga_words=('close' 'reopen') ;;
        '--discussion_locked') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue user-agent-detail')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-award-emoji create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue-award-emoji delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-award-emoji get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-award-emoji list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-discussion create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue-discussion get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-discussion list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-discussion-note create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue-discussion-note delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-discussion-note update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue-note create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue-note delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-note get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-note list')
      case $2 in
        '--sort') _ga_words=('asc' 'desc') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-note update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue-note-award-emoji create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-issue-note-award-emoji delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-note-award-emoji get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-note-award-emoji list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-participant list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-related-merge-request list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-resource-label-event get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-resource-label-event list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-issue-time-stats get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-job cancel')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-job erase')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-job get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-job list')
      case $2 in
        '--scope') _ga_words=('created' 'pending' 'running' 'failed' 'success' 'canceled' 'skipped' 'manual') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-job play')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-job retry')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-job trace')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-job-artifact download')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-job-artifact get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-job-artifact keep')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-job-artifact list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-label create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-label delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-label list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-label subscribe')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-label unsubscribe')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-label update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-language list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-member create')
      case $2 in
        '--access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-member delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-member get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-member list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-member update')
      case $2 in
        '--access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-member-all list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request add-spent-time')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request cancel-merge-when-pipeline-succeeds')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request create')
      case $2 in
        '--remove_source_branch') _ga_words=('true' 'false') ;;
        '--allow_collaboration') _ga_words=('true' 'false') ;;
        '--allow_maintainer_to_push') _ga_words=('true' 'false') ;;
        '--squash') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request get')
      case $2 in
        '--render_html') _ga_words=('true' 'false') ;;
        '--include_diverged_commits_count') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request list')
      case $2 in
        '--state') _ga_words=('all' 'opened' 'closed' 'locked' 'merged') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--assignee_id') _ga_words=('None' 'Any') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request merge')
      case $2 in
        '--should_remove_source_branch') _ga_words=('true' 'false') ;;
        '--merge_when_pipeline_succeeds') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request reset-spent-time')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request reset-time-estimate')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request subscribe')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request time-estimate')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request todo')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request unsubscribe')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request update')
      case $2 in
        '--state_event') _ga_words=('close' 'reopen') ;;
        '--remove_source_branch') _ga_words=('true' 'false') ;;
        '--squash') _ga_words=('true' 'false') ;;
        '--discussion_locked') _ga_words=('true' 'false') ;;
        '--allow_collaboration') _ga_words=('true' 'false') ;;
        '--allow_maintainer_to_push') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request-award-emoji create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request-award-emoji delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-award-emoji get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-award-emoji list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-change list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-closes-issue list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-commit list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-discussion create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request-discussion get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-discussion list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-discussion update')
      case $2 in
        '--resolved') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request-discussion-note create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request-discussion-note delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-discussion-note update')
      case $2 in
        '--resolved') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request-note create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request-note delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-note get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-note list')
      case $2 in
        '--sort') _ga_words=('asc' 'desc') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-note update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-merge-request-participant list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-pipeline list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-resource-label-event get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-resource-label-event list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-time-stats get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-version get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-merge-request-version list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-milestone create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-milestone delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-milestone get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-milestone list')
      case $2 in
        '--state') _ga_words=('active' 'closed') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-milestone update')
      case $2 in
        '--state_event') _ga_words=('close' 'activate') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-milestone-issue list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-milestone-merge-request list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-notification-settings get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-notification-settings update')
      case $2 in
        '--new_note') _ga_words=('true' 'false') ;;
        '--new_issue') _ga_words=('true' 'false') ;;
        '--reopen_issue') _ga_words=('true' 'false') ;;
        '--close_issue') _ga_words=('true' 'false') ;;
        '--reassign_issue') _ga_words=('true' 'false') ;;
        '--issue_due') _ga_words=('true' 'false') ;;
        '--new_merge_request') _ga_words=('true' 'false') ;;
        '--push_to_merge_request') _ga_words=('true' 'false') ;;
        '--reopen_merge_request') _ga_words=('true' 'false') ;;
        '--close_merge_request') _ga_words=('true' 'false') ;;
        '--reassign_merge_request') _ga_words=('true' 'false') ;;
        '--merge_merge_request') _ga_words=('true' 'false') ;;
        '--failed_pipeline') _ga_words=('true' 'false') ;;
        '--success_pipeline') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-page-domain create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-page-domain delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-page-domain get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-page-domain list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-page-domain update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-pipeline cancel')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-pipeline get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-pipeline list')
      case $2 in
        '--scope') _ga_words=('running' 'pending' 'finished' 'branches' 'tags') ;;
        '--status') _ga_words=('running' 'pending' 'success' 'failed' 'canceled' 'skipped') ;;
        '--yaml_errors') _ga_words=('true' 'false') ;;
        '--order_by') _ga_words=('id' 'status' 'ref' 'user_id') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-pipeline retry')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-pipeline-job list')
      case $2 in
        '--scope') _ga_words=('created' 'pending' 'running' 'failed' 'success' 'canceled' 'skipped' 'manual') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-pipeline-schedule create')
      case $2 in
        '--active') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-pipeline-schedule delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-pipeline-schedule get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-pipeline-schedule list')
      case $2 in
        '--scope') _ga_words=('active' 'inactive') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-pipeline-schedule take-ownership')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-pipeline-schedule update')
      case $2 in
        '--active') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-pipeline-schedule-variable create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-pipeline-schedule-variable delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-pipeline-schedule-variable update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-protected-branch create')
      case $2 in
        '--push_access_level') _ga_words=('0' '30' '40') ;;
        '--merge_access_level') _ga_words=('0' '30' '40') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-protected-branch delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-protected-branch get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-protected-branch list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-protected-tag create')
      case $2 in
        '--create_access_level') _ga_words=('0' '30' '40') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-protected-tag delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-protected-tag get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-protected-tag list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-archive get')
      case $2 in
        '--format') _ga_words=('tar.gz' 'tar.bz2' 'tbz' 'tbz2' 'tb2' 'bz2' 'tar' 'zip') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-blob get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-blob raw')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-branch create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-branch delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-branch get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-branch list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-branch protect')
      case $2 in
        '--developers_can_push') _ga_words=('true' 'false') ;;
        '--developers_can_merge') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-branch unprotect')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-commit cherry-pick')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-commit create')
      case $2 in
        '--stats') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-commit diff')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-commit get')
      case $2 in
        '--stats') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-commit list')
      case $2 in
        '--all') _ga_words=('true' 'false') ;;
        '--with_stats') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-commit-comment create')
      case $2 in
        '--line_type') _ga_words=('new' 'old') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-commit-comment list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-commit-merge-request list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-commit-ref list')
      case $2 in
        '--type') _ga_words=('branch' 'tag' 'all') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-commit-status list')
      case $2 in
        '--all') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-compare get')
      case $2 in
        '--straight') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-contributor list')
      case $2 in
        '--order_by') _ga_words=('name' 'email' 'commits') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-file create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-file delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-file get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-file head')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-file raw')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-file update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-merge-base get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-merged-branch delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-tag create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-tag delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-tag get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-tag list')
      case $2 in
        '--order_by') _ga_words=('name' 'updated') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-repository-tag release')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-tag update-release')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-repository-tree get')
      case $2 in
        '--recursive') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-runner create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-runner delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-runner list')
      case $2 in
        '--scope') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--type') _ga_words=('instance_type' 'group_type' 'project_type') ;;
        '--status') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-asana delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-asana get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-asana update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-assembla delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-assembla get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-assembla update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-bamboo delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-bamboo get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-bamboo update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-bugzilla delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-bugzilla get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-bugzilla update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-buildkite delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-buildkite get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-buildkite update')
      case $2 in
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-campfire delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-campfire get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-campfire update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-custom-issue-tracker delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-custom-issue-tracker get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-custom-issue-tracker update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-drone-ci delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-drone-ci get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-drone-ci update')
      case $2 in
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-emails-on-push delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-emails-on-push get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-emails-on-push update')
      case $2 in
        '--disable_diffs') _ga_words=('true' 'false') ;;
        '--send_from_committer_email') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-external-wiki delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-external-wiki get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-external-wiki update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-flowdock delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-flowdock get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-flowdock update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-hangouts-chat delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-hangouts-chat get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-hangouts-chat update')
      case $2 in
        '--notify_only_broken_pipelines') _ga_words=('true' 'false') ;;
        '--notify_only_default_branch') _ga_words=('true' 'false') ;;
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_page_events') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-hipchat delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-hipchat get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-hipchat update')
      case $2 in
        '--notify') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-irker delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-irker get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-irker update')
      case $2 in
        '--colorize_messages') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-jira delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-jira get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-jira update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-kubernetes delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-kubernetes get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-kubernetes update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-mattermost delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-mattermost get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-mattermost update')
      case $2 in
        '--notify_only_broken_pipelines') _ga_words=('true' 'false') ;;
        '--notify_only_default_branch') _ga_words=('true' 'false') ;;
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_page_events') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-mattermost-slash-commands delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-mattermost-slash-commands get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-mattermost-slash-commands update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-microsoft-teams delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-microsoft-teams get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-microsoft-teams update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-mock-ci delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-mock-ci get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-mock-ci update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-packagist delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-packagist get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-packagist update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-pipelines-email delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-pipelines-email get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-pipelines-email update')
      case $2 in
        '--add_pusher') _ga_words=('true' 'false') ;;
        '--notify_only_broken_pipelines') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-pivotaltracker delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-pivotaltracker get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-pivotaltracker update')
      case $2 in
        '--restrict_to_branch') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-prometheus delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-prometheus get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-prometheus update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-pushover delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-pushover get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-pushover update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-redmine delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-redmine get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-redmine update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-slack delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-slack get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-slack update')
      case $2 in
        '--notify_only_broken_pipelines') _ga_words=('true' 'false') ;;
        '--notify_only_default_branch') _ga_words=('true' 'false') ;;
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_page_events') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-slack-slash-commands delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-slack-slash-commands get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-slack-slash-commands update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-service-teamcity delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-teamcity get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-service-teamcity update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-share delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet create')
      case $2 in
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-snippet delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet raw')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet update')
      case $2 in
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-snippet user-agent-detail')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-award-emoji create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-snippet-award-emoji delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-award-emoji get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-award-emoji list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-discussion create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-snippet-discussion get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-discussion list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-discussion-note create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-snippet-discussion-note delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-discussion-note update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-snippet-note create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-snippet-note delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-note get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-note list')
      case $2 in
        '--sort') _ga_words=('asc' 'desc') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-snippet-note update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-status create')
      case $2 in
        '--state') _ga_words=('pending' 'running' 'success' 'failed' 'canceled') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-template get')
      case $2 in
        '--type') _ga_words=('dockerfiles' 'gitignores' 'gitlab_ci_ymls' 'licenses') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-template get-by-key')
      case $2 in
        '--type') _ga_words=('dockerfiles' 'gitignores' 'gitlab_ci_ymls' 'licenses') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-trigger create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-trigger delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-trigger get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-trigger list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-trigger take-ownership')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-trigger update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-upload create')
      case $2 in
        '--file') _ga_kind=file ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-user create')
      case $2 in
        '--issues_enabled') _ga_words=('true' 'false') ;;
        '--merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--jobs_enabled') _ga_words=('true' 'false') ;;
        '--wiki_enabled') _ga_words=('true' 'false') ;;
        '--snippets_enabled') _ga_words=('true' 'false') ;;
        '--resolve_outdated_diff_discussions') _ga_words=('true' 'false') ;;
        '--container_registry_enabled') _ga_words=('true' 'false') ;;
        '--shared_runners_enabled') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--public_jobs') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_pipeline_succeeds') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_all_discussions_are_resolved') _ga_words=('true' 'false') ;;
        '--merge_method') _ga_words=('merge' 'rebase_merge' 'ff') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--avatar') _ga_kind=file ;;
        '--printing_merge_request_link_enabled') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-user list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-variable create')
      case $2 in
        '--protected') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-variable delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-variable get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-variable list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-variable update')
      case $2 in
        '--protected') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-wiki create')
      case $2 in
        '--format') _ga_words=('markdown' 'rdoc' 'asciidoc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-wiki delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-wiki get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-wiki list')
      case $2 in
        '--with_content') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'project-wiki update')
      case $2 in
        '--format') _ga_words=('markdown' 'rdoc' 'asciidoc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'project-wiki-attachment create')
      case $2 in
        '--file') _ga_kind=file ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'runner create')
      case $2 in
        '--active') _ga_words=('true' 'false') ;;
        '--locked') _ga_words=('true' 'false') ;;
        '--run_untagged') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'runner delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'runner get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'runner list')
      case $2 in
        '--scope') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--type') _ga_words=('instance_type' 'group_type' 'project_type') ;;
        '--status') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'runner update')
      case $2 in
        '--active') _ga_words=('true' 'false') ;;
        '--run_untagged') _ga_words=('true' 'false') ;;
        '--locked') _ga_words=('true' 'false') ;;
        '--access_level') _ga_words=('not_protected' 'ref_protected') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'runner verify')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'runner-all list')
      case $2 in
        '--scope') _ga_words=('specific' 'shared' 'active' 'paused' 'online' 'offline') ;;
        '--type') _ga_words=('instance_type' 'group_type' 'project_type') ;;
        '--status') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'runner-job list')
      case $2 in
        '--status') _ga_words=('running' 'success' 'failed' 'canceled') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'runners delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'search get')
      case $2 in
        '--scope') _ga_words=('projects' 'issues' 'merge_requests' 'milestones' 'snippet_titles' 'snippet_blobs') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'sidekiq-compound-metrics get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'sidekiq-job-stats get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'sidekiq-process-metrics get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'sidekiq-queue-metrics get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'snippet create')
      case $2 in
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'snippet delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'snippet get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'snippet list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'snippet update')
      case $2 in
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'snippet user-agent-detail')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'snippet-public list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'template-dockerfile get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'template-dockerfile list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'template-gitignore get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'template-gitignore list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'template-gitlab-ci-yml get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'template-gitlab-ci-yml list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'template-license get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'template-license list')
      case $2 in
        '--popular') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'todo list')
      case $2 in
        '--action') _ga_words=('assigned' 'mentioned' 'build_failed' 'marked' 'approval_required' 'unmergeable' 'directly_addressed') ;;
        '--state') _ga_words=('pending' 'done') ;;
        '--type') _ga_words=('Issue' 'MergeRequest') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'todo mark-as-done')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'todos mark-as-done')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user block')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user create')
      case $2 in
        '--reset_password') _ga_words=('true' 'false') ;;
        '--admin') _ga_words=('true' 'false') ;;
        '--can_create_group') _ga_words=('true' 'false') ;;
        '--skip_confirmation') _ga_words=('true' 'false') ;;
        '--external') _ga_words=('true' 'false') ;;
        '--avatar') _ga_kind=file ;;
        '--private_profile') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user delete')
      case $2 in
        '--hard_delete') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user list')
      case $2 in
        '--order_by') _ga_words=('id' 'name' 'username' 'created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--two_factor') _ga_words=('enabled' 'disabled') ;;
        '--external') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user status')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user unblock')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user update')
      case $2 in
        '--admin') _ga_words=('true' 'false') ;;
        '--can_create_group') _ga_words=('true' 'false') ;;
        '--skip_reconfirmation') _ga_words=('true' 'false') ;;
        '--external') _ga_words=('true' 'false') ;;
        '--avatar') _ga_kind=file ;;
        '--private_profile') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user-custom-attribute delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-custom-attribute get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-custom-attribute list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-custom-attribute update')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user-email create')
      case $2 in
        '--skip_confirmation') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user-email delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-email list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-event list')
      case $2 in
        '--action') _ga_words=('created' 'updated' 'closed' 'reopened' 'pushed' 'commented' 'merged' 'joined' 'left' 'destroyed' 'expired') ;;
        '--target_type') _ga_words=('issue' 'milestone' 'merge_request' 'note' 'project' 'snippet' 'user') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-gpg-key create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user-gpg-key delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-gpg-key get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-gpg-key list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-impersonation-token create')
      case $2 in
        '--scopes') _ga_words=('api' 'read_user') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user-impersonation-token delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-impersonation-token get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-impersonation-token list')
      case $2 in
        '--state') _ga_words=('all' 'active' 'inactive') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-key create')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user-key delete')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-key list')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'user-project list')
      case $2 in
        '--archived') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('public' 'internal' 'private') ;;
        '--order_by') _ga_words=('id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--simple') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--membership') _ga_words=('true' 'false') ;;
        '--starred') _ga_words=('true' 'false') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--with_issues_enabled') _ga_words=('true' 'false') ;;
        '--with_merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--min_access_level') _ga_words=('10' '20' '30' '40' '50') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    'version get')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
    api)
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
        '--method') _ga_words=('GET' 'POST' 'PUT' 'PATCH' 'DELETE' 'HEAD') ;;
        '--input') _ga_kind=file ;;
      esac ;;
    *)
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--output-file') _ga_kind=file ;;
      esac ;;
  esac
}

# Append the words of _ga_words starting with $1 to COMPREPLY, shell-quoted where needed.
_gitlab_api_match() {
  local w q
  for w in "${_ga_words[@]}"; do
    if [[ $w == "$1"* ]]; then
      if [[ $w == *[!A-Za-z0-9_.,:@%+=/\[\]-]* ]]; then printf -v q '%q' "$w"; else q=$w; fi
      COMPREPLY+=("$q")
    fi
  done
}

_gitlab_api_files() {
  local prefix=$1 IFS=$'\n' f
  compopt -o filenames 2>/dev/null
  for f in $(compgen -f -- "$2"); do COMPREPLY+=("$prefix$f"); done
}

# $1 in the words after it.
_gitlab_api_in() {
  local x=$1 y
  shift
  for y in "$@"; do [[ $x == "$y" ]] && return 0; done
  return 1
}

# The options of this position into _ga_words: each once unless it repeats (_ga_repeat), and the
# --no- forms of booleans (_ga_neg) once --no is typed; none already given (_ga_given).
_gitlab_api_options() {
  local f
  _ga_words=()
  for f in "${_ga_flags[@]}"; do
    _gitlab_api_in "$f" "${_ga_given[@]}" && ! _gitlab_api_in "$f" "${_ga_repeat[@]}" && continue
    _gitlab_api_in "--no-${f#--}" "${_ga_given[@]}" && continue
    _ga_words+=("$f")
  done
  if [[ $1 == --no* ]]; then
    for f in "${_ga_neg[@]}"; do
      _gitlab_api_in "$f" "${_ga_given[@]}" || _gitlab_api_in "--${f#--no-}" "${_ga_given[@]}" || _ga_words+=("$f")
    done
  fi
  _gitlab_api_match "$1"
}

_gitlab_api() {
  local cur prev words cword
  if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
    _get_comp_words_by_ref -n =: cur prev words cword
  else
    words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}
  fi
  COMPREPLY=()
  compopt -o nosort 2>/dev/null
  local _ga_flags=() _ga_valued=() _ga_repeat=() _ga_neg=() _ga_words=() _ga_given=() _ga_args=() _ga_kind=
  local first= command= resource= i w v
  # The command: a builtin, or a resource then its verb; the first words that are neither options
  # nor values of options. Options already on the line are collected, to be offered once only.
  _gitlab_api_globals
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    if [[ $w == -* ]]; then
      [[ $w == --* ]] && _ga_given+=("${w%%=*}")
      if [[ $w != *=* && ${words[i+1]} != = ]]; then
        for v in "${_ga_valued[@]}"; do [[ $w == "$v" ]] && ((i++)) && break; done
      fi
      continue
    fi
    [[ $w == = ]] && { ((i++)); continue; }
    if [[ -z $first ]]; then
      first=$w
      if _gitlab_api_verbs "$w"; then resource=$w
      elif [[ $w == api ]]; then command=api; _gitlab_api_api
      elif _gitlab_api_operation "$w"; then command=$w
      fi
    elif [[ -n $resource && -z $command ]]; then
      _gitlab_api_operation "$resource $w" && command="$resource $w" || return 0
    else
      _ga_args+=("$w")
    fi
  done
  # The option whose value is being completed: --opt=cur, or --opt cur (also "--opt" "=" "cur"
  # when bash-completion is absent and = splits words).
  local flag= vcur=$cur prefix=
  if [[ $cur == --*=* ]]; then
    flag=${cur%%=*}; vcur=${cur#*=}
    [[ $COMP_WORDBREAKS == *=* ]] || prefix=$flag=
  elif [[ $cur == = && ${words[cword-1]} == --* ]]; then
    flag=${words[cword-1]}; vcur=
  elif [[ $prev == = && ${words[cword-2]} == --* ]]; then
    flag=${words[cword-2]}
  elif [[ $prev == --* && $prev != *=* ]]; then
    for v in "${_ga_valued[@]}"; do [[ $prev == "$v" ]] && flag=$prev && break; done
    # A boolean's value word: --confidential false.
    if [[ -z $flag && -n $cur && $cur != -* ]] && _gitlab_api_in "--no-${prev#--}" "${_ga_neg[@]}"; then
      _ga_words=(true false); _gitlab_api_match "$cur"; return 0
    fi
  fi
  if [[ -n $flag ]]; then
    _ga_words=()
    _gitlab_api_values "$command" "$flag"
    if [[ $_ga_kind == file ]]; then _gitlab_api_files "$prefix" "$vcur"
    elif [[ $_ga_kind == data ]]; then
      if [[ $vcur == @* ]]; then _gitlab_api_files "$prefix@" "${vcur#@}"
      else _ga_words=(- @); _gitlab_api_match "$vcur"; compopt -o nospace 2>/dev/null; fi
    else
      local n=${#COMPREPLY[@]}
      _gitlab_api_match "$vcur"
      if [[ -n $prefix ]]; then for ((i = n; i < ${#COMPREPLY[@]}; i++)); do COMPREPLY[i]=$prefix${COMPREPLY[i]}; done; fi
    fi
    return 0
  fi
  if [[ $cur == -* ]]; then
    # Options: those of the command, or those before one (also between a resource and its verb).
    [[ -n $command || -z $first || -n $resource || $first == list || $first == help || $first == completion ]] && _gitlab_api_options "$cur"
    return 0
  fi
  if [[ -z $first ]]; then
    _ga_words=("${_gitlab_api_commands[@]}"); _gitlab_api_match "$cur"
  elif [[ -n $resource && -z $command ]]; then
    _gitlab_api_verbs "$resource"; _gitlab_api_match "$cur"
  elif [[ $first == completion ]]; then
    (( ${#_ga_args[@]} == 0 )) && { _ga_words=(bash zsh fish); _gitlab_api_match "$cur"; }
  elif [[ $first == help ]]; then
    if (( ${#_ga_args[@]} == 0 )); then _ga_words=("${_gitlab_api_commands[@]}"); _gitlab_api_match "$cur"
    elif (( ${#_ga_args[@]} == 1 )) && _gitlab_api_verbs "${_ga_args[0]}"; then _gitlab_api_match "$cur"
    fi
  elif [[ $command == api ]]; then
    (( ${#_ga_args[@]} == 0 )) && { _ga_words=("${_gitlab_api_methods[@]}"); _gitlab_api_match "$cur"; }
  elif [[ -n $command && -z $cur ]]; then
    _gitlab_api_options "$cur"
  fi
  return 0
}
complete -F _gitlab_api gitlab-api
